# Pipes tests/data/target_tool_input.txt through `jixiao target` and compares the JSON
# lines with tests/data/target_tool_expected.jsonl. Exit code 1 is expected: the input
# has rejected lines. Run by ctest as: cmake -DTOOL=… -DINPUT=… -DEXPECTED=… -P this.
execute_process(COMMAND ${TOOL} target INPUT_FILE ${INPUT} OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc)
if(NOT rc EQUAL 1)
  message(FATAL_ERROR "jixiao target exited with ${rc} (expected 1: some lines are rejected)\n${err}")
endif()
file(READ ${EXPECTED} expected)
if(NOT out STREQUAL expected)
  message(FATAL_ERROR "jixiao target output differs.\n--- got ---\n${out}\n--- expected ---\n${expected}")
endif()
string(REGEX MATCHALL "\n" lines "${out}")
list(LENGTH lines n)
file(READ ${INPUT} input_text)
string(REGEX MATCHALL "\n" input_lines "${input_text}")
list(LENGTH input_lines m)
if(NOT n EQUAL m)
  message(FATAL_ERROR "one JSON line per input line: ${n} != ${m}")
endif()
