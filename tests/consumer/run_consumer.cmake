# Builds and runs a consumer project. Arguments (-D): MODE (find_package | subdirectory),
# SOURCE_DIR (jixiao), BINARY_DIR (jixiao's build), WORK_DIR, GENERATOR, FLAGS (extra
# compile/link flags such as sanitizers, matching the library's build).
file(REMOVE_RECURSE ${WORK_DIR})
file(MAKE_DIRECTORY ${WORK_DIR})
set(prefix ${WORK_DIR}/prefix)
set(extra "")
if(MODE STREQUAL "find_package")
  execute_process(COMMAND ${CMAKE_COMMAND} --install ${BINARY_DIR} --prefix ${prefix}
                  RESULT_VARIABLE rc)
  if(rc)
    message(FATAL_ERROR "install failed")
  endif()
  foreach(f include/jixiao/decimal.hpp include/jixiao/version.hpp lib/cmake/jixiao/jixiaoConfig.cmake
            lib/cmake/jixiao/jixiaoConfigVersion.cmake lib/pkgconfig/jixiao.pc
            include/jixiao/jixiao.h lib/libjixiao.so.0 lib/pkgconfig/jixiao-c.pc)
    if(NOT EXISTS ${prefix}/${f})
      message(FATAL_ERROR "install did not put ${f}")
    endif()
  endforeach()
  list(APPEND extra -DCMAKE_PREFIX_PATH=${prefix})
else()
  list(APPEND extra -DJIXIAO_SOURCE_DIR=${SOURCE_DIR})
endif()
execute_process(COMMAND ${CMAKE_COMMAND} -S ${SOURCE_DIR}/tests/consumer/${MODE} -B ${WORK_DIR}/build
                  -G ${GENERATOR} -DCMAKE_BUILD_TYPE=Release
                  "-DCMAKE_CXX_FLAGS=${FLAGS}" "-DCMAKE_EXE_LINKER_FLAGS=${FLAGS}" ${extra}
                RESULT_VARIABLE rc)
if(rc)
  message(FATAL_ERROR "configure of the ${MODE} consumer failed")
endif()
execute_process(COMMAND ${CMAKE_COMMAND} --build ${WORK_DIR}/build RESULT_VARIABLE rc)
if(rc)
  message(FATAL_ERROR "build of the ${MODE} consumer failed")
endif()
execute_process(COMMAND ${WORK_DIR}/build/consumer RESULT_VARIABLE rc)
if(rc)
  message(FATAL_ERROR "the ${MODE} consumer returned ${rc}")
endif()
