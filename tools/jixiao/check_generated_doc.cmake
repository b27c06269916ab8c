# Writes the output of `TOOL ARGS…` (ARGS: words separated by spaces) into OUT; with DOC set, fails when DOC differs,
# naming TARGET, the build target that regenerates DOC. Used for docs/tool.md and
# docs/zh/工具手册.md (`jixiao manual`), like check_rules_doc.cmake for docs/rules.md.
separate_arguments(args UNIX_COMMAND "${ARGS}")
execute_process(COMMAND ${TOOL} ${args} OUTPUT_FILE ${OUT} RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "jixiao ${ARGS} failed (${rc})")
endif()
if(NOT DEFINED DOC)
  return()  # update mode (the regenerating target): OUT is the committed file itself
endif()
execute_process(COMMAND ${CMAKE_COMMAND} -E compare_files ${OUT} ${DOC} RESULT_VARIABLE same)
if(NOT same EQUAL 0)
  message(FATAL_ERROR "${DOC} is out of date: run `cmake --build <dir> --target ${TARGET}` and commit it (generated: ${OUT})")
endif()
