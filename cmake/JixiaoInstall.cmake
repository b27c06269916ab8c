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
        DESTINATION ${JIXIAO_CMAKE_DIR})

configure_file(cmake/jixiao.pc.in ${PROJECT_BINARY_DIR}/jixiao.pc @ONLY)
install(FILES ${PROJECT_BINARY_DIR}/jixiao.pc DESTINATION ${CMAKE_INSTALL_LIBDIR}/pkgconfig)

if(JIXIAO_BUILD_TOOLS)
  install(TARGETS jixiao_tool RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
endif()
