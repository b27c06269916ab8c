# Install headers, the library, a CMake package config (find_package(jixiao CONFIG)) and jixiao.pc.
include(CMakePackageConfigHelpers)

install(TARGETS jixiao EXPORT jixiaoTargets
  ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR}
  LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR}
  RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR}
  INCLUDES DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
install(DIRECTORY include/jixiao DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
install(FILES ${PROJECT_BINARY_DIR}/include/jixiao/version.hpp
        DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}/jixiao)

set(JIXIAO_CMAKE_DIR ${CMAKE_INSTALL_LIBDIR}/cmake/jixiao)
install(EXPORT jixiaoTargets NAMESPACE jixiao:: DESTINATION ${JIXIAO_CMAKE_DIR})
configure_package_config_file(cmake/jixiaoConfig.cmake.in
  ${PROJECT_BINARY_DIR}/jixiaoConfig.cmake INSTALL_DESTINATION ${JIXIAO_CMAKE_DIR})
write_basic_package_version_file(${PROJECT_BINARY_DIR}/jixiaoConfigVersion.cmake
  VERSION ${PROJECT_VERSION} COMPATIBILITY SameMajorVersion)
install(FILES ${PROJECT_BINARY_DIR}/jixiaoConfig.cmake ${PROJECT_BINARY_DIR}/jixiaoConfigVersion.cmake
  ${PROJECT_SOURCE_DIR}/cmake/JixiaoOrcus.cmake
        DESTINATION ${JIXIAO_CMAKE_DIR})

configure_file(cmake/jixiao.pc.in ${PROJECT_BINARY_DIR}/jixiao.pc @ONLY)
install(FILES ${PROJECT_BINARY_DIR}/jixiao.pc DESTINATION ${CMAKE_INSTALL_LIBDIR}/pkgconfig)

# The C ABI: libjixiao.so.<major> (with its SONAME link and the libjixiao.so link for
# linkers) and jixiao-c.pc. It is not part of the CMake package's C++ target; C hosts use
# pkg-config or -ljixiao, C++ hosts keep the static library (jixiao.pc names the archive
# so that -ljixiao picking the shared C library cannot happen to them).
if(JIXIAO_BUILD_CAPI)
  install(TARGETS jixiao_shared
    LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR}
    RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
  configure_file(cmake/jixiao-c.pc.in ${PROJECT_BINARY_DIR}/jixiao-c.pc @ONLY)
  install(FILES ${PROJECT_BINARY_DIR}/jixiao-c.pc DESTINATION ${CMAKE_INSTALL_LIBDIR}/pkgconfig)
endif()

if(JIXIAO_BUILD_TOOLS)
  install(TARGETS jixiao_tool RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
endif()
