# The C ABI (include/jixiao/jixiao.h, src/capi/, docs/c-api.md): a shared library
# libjixiao.so.<major> exporting only jixiao_* symbols. It links the static C++ library,
# which is built position-independent (POSITION_INDEPENDENT_CODE on `jixiao`) so that it
# can sit inside a shared object; C++ users keep linking the static library as before.
file(GLOB JIXIAO_CAPI_SOURCES CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/src/capi/*.cpp)
set(JIXIAO_CAPI_EXPORTS ${PROJECT_SOURCE_DIR}/src/capi/exports.map)

# A shared C ABI library `target` named lib`output`.so; extra arguments are compile
# definitions (the test-hook build passes JIXIAO_CAPI_TEST_HOOKS).
function(jixiao_add_capi_library target output)
  add_library(${target} SHARED ${JIXIAO_CAPI_SOURCES})
  set_target_properties(${target} PROPERTIES
    OUTPUT_NAME ${output}
    VERSION ${PROJECT_VERSION}
    SOVERSION ${PROJECT_VERSION_MAJOR}
    CXX_EXTENSIONS OFF
    CXX_VISIBILITY_PRESET hidden
    VISIBILITY_INLINES_HIDDEN ON
    LINK_DEPENDS ${JIXIAO_CAPI_EXPORTS})
  target_compile_features(${target} PRIVATE cxx_std_17)
  target_compile_definitions(${target} PRIVATE ${ARGN})
  target_include_directories(${target} PUBLIC
    $<BUILD_INTERFACE:${PROJECT_SOURCE_DIR}/include>
    $<INSTALL_INTERFACE:${CMAKE_INSTALL_INCLUDEDIR}>)
  target_link_libraries(${target} PRIVATE jixiao)
  # The version script keeps only jixiao_* global; --exclude-libs hides the static
  # library's symbols as well, --no-undefined catches a missing object at link time.
  target_link_options(${target} PRIVATE "LINKER:--version-script=${JIXIAO_CAPI_EXPORTS}" "LINKER:--exclude-libs,ALL")
  if(NOT JIXIAO_SANITIZE AND NOT JIXIAO_TSAN)
    target_link_options(${target} PRIVATE "LINKER:--no-undefined")
  endif()
  jixiao_set_warnings(${target})
endfunction()

jixiao_add_capi_library(jixiao_shared jixiao)
add_library(jixiao::c ALIAS jixiao_shared)
