# Runs TOOL with ARGS (a ;-list) and fails unless it exits with EXIT (issue 17: a hostile
# input gives its documented exit code, never an abort). Optional MATCH: a regex the
# combined output must contain. Optional OUTPUT: a file standard output goes to
# (/dev/full: a write that fails). Optional INPUT: a file standard input comes from.
if(NOT DEFINED INPUT)
  set(INPUT /dev/null)
endif()
if(DEFINED OUTPUT)
  execute_process(COMMAND ${TOOL} ${ARGS} RESULT_VARIABLE rc INPUT_FILE ${INPUT} OUTPUT_FILE ${OUTPUT} ERROR_VARIABLE err)
else()
  execute_process(COMMAND ${TOOL} ${ARGS} RESULT_VARIABLE rc INPUT_FILE ${INPUT} OUTPUT_VARIABLE out ERROR_VARIABLE err)
endif()
if(NOT rc STREQUAL EXIT)
  message(FATAL_ERROR "expected exit ${EXIT}, got ${rc}\n${out}${err}")
endif()
if(DEFINED MATCH AND NOT "${out}${err}" MATCHES "${MATCH}")
  message(FATAL_ERROR "output does not match ${MATCH}:\n${out}${err}")
endif()
