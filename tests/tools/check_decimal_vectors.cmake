# ctest helper: regenerates the Decimal golden vectors into a temporary file and fails
# unless it equals the committed tests/data/decimal_vectors.txt byte for byte.
# Inputs: PYTHON, SCRIPT, COMMITTED, OUT.
execute_process(COMMAND "${PYTHON}" "${SCRIPT}" "${OUT}" RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "${SCRIPT} failed (${rc})")
endif()
execute_process(COMMAND "${CMAKE_COMMAND}" -E compare_files "${OUT}" "${COMMITTED}" RESULT_VARIABLE same)
if(NOT same EQUAL 0)
  message(FATAL_ERROR "regenerated ${OUT} differs from the committed ${COMMITTED}")
endif()
message(STATUS "decimal vectors reproduce byte for byte")
