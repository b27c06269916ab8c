# Built-in profiles: profiles/*.info are embedded in the library as text (a generated
# .cpp), so Profile::builtin works in an installed library without the files. The
# files are also installed for users to copy and edit.
file(GLOB JIXIAO_PROFILE_FILES CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/profiles/*.info)
set(JIXIAO_PROFILES_CPP ${PROJECT_BINARY_DIR}/generated/builtin_profiles.cpp)
add_custom_command(
  OUTPUT ${JIXIAO_PROFILES_CPP}
  COMMAND ${CMAKE_COMMAND} -DPROFILE_DIR=${PROJECT_SOURCE_DIR}/profiles -DOUT=${JIXIAO_PROFILES_CPP}
          -P ${PROJECT_SOURCE_DIR}/cmake/embed_profiles.cmake
  DEPENDS ${JIXIAO_PROFILE_FILES} ${PROJECT_SOURCE_DIR}/cmake/embed_profiles.cmake
  COMMENT "Embedding built-in profiles"
  VERBATIM)
target_sources(jixiao PRIVATE ${JIXIAO_PROFILES_CPP})
if(JIXIAO_INSTALL)
  install(FILES ${JIXIAO_PROFILE_FILES} DESTINATION ${CMAKE_INSTALL_DATADIR}/jixiao/profiles)
endif()
