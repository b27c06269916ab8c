# Regenerates the rule catalogue documentation into OUT; with DOC set, fails when DOC differs.
execute_process(COMMAND ${TOOL} rules --markdown OUTPUT_FILE ${OUT} RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "jixiao rules --markdown failed (${rc})")
endif()
if(NOT DEFINED DOC)
  return()  # update mode (the rules_doc target): OUT is docs/rules.md itself
endif()
execute_process(COMMAND ${CMAKE_COMMAND} -E compare_files ${OUT} ${DOC} RESULT_VARIABLE same)
if(NOT same EQUAL 0)
  message(FATAL_ERROR "docs/rules.md is out of date: run `cmake --build <dir> --target rules_doc` and commit it (generated: ${OUT})")
endif()
