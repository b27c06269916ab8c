# Runs capi_c_test with the tool's JSON for the same check, score and monitor calls, so
# the C program compares the C ABI's bytes with the C++ API's.
#   cmake -DTOOL=jixiao -DPROGRAM=capi_c_test "-DINPUTS=seed.json|seed.tsv|actuals|progress"
#         -DWORK=dir -P run_c_program.cmake
cmake_minimum_required(VERSION 3.25)
string(REPLACE "|" ";" inputs "${INPUTS}")
list(GET inputs 0 seed)
list(GET inputs 2 actuals)
list(GET inputs 3 progress)
file(MAKE_DIRECTORY ${WORK})
# Exit 0 or 1 (findings or rows needing a reason) both mean the JSON was written.
foreach(call "check;${seed}" "score;${seed};${actuals}" "monitor;${seed};${progress};--month;6")
  list(GET call 0 name)
  execute_process(COMMAND ${TOOL} ${call} --format json OUTPUT_FILE ${WORK}/${name}.json RESULT_VARIABLE rc)
  if(NOT rc MATCHES "^[01]$")
    message(FATAL_ERROR "jixiao ${call} failed (${rc})")
  endif()
endforeach()
execute_process(COMMAND ${PROGRAM} ${inputs} ${WORK}/check.json ${WORK}/score.json ${WORK}/monitor.json
                RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "capi_c_test failed (${rc})")
endif()
