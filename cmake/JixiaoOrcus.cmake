# The target jixiao_orcus: LibreOffice's import library orcus 0.17 and its spreadsheet
# model (Debian: liborcus-dev, libixion-dev), which read workbooks for
# io::import_workbook. Included by the build and by the installed jixiaoConfig.cmake
# (the static library links it privately, so consumers link it too). Debian's
# liborcus-spreadsheet-model-0.17.pc names an include directory that does not exist,
# so that library is found by name and the headers come from liborcus and libixion.
# zlib (zlib1g-dev) inflates every zip entry once before orcus does, to check its CRC:
# orcus reads a damaged deflate stream without a word and its XML parser then aborts.
if(NOT TARGET jixiao_orcus)
  find_package(ZLIB REQUIRED)
  find_package(PkgConfig REQUIRED)
  pkg_check_modules(JIXIAO_ORCUS REQUIRED IMPORTED_TARGET liborcus-0.17 libixion-0.17)
  find_library(JIXIAO_ORCUS_MODEL_LIBRARY NAMES orcus-spreadsheet-model-0.17 REQUIRED)
  add_library(jixiao_orcus INTERFACE IMPORTED)
  set_target_properties(jixiao_orcus PROPERTIES
    INTERFACE_LINK_LIBRARIES "${JIXIAO_ORCUS_MODEL_LIBRARY};PkgConfig::JIXIAO_ORCUS;ZLIB::ZLIB")
endif()
