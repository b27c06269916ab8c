# docs/errors.md against the code: every dotted diagnostic/exception code
# (`jixiao.decimal.overflow`) and every finding id (`JX-S001`) that the sources can emit
# must be a row of the catalogue, and the catalogue must name no code the sources no
# longer contain. Each failure names the code.
#   cmake -DROOT=<source dir> -DDOC=<source dir>/docs/errors.md -P check_errors_doc.cmake
#
# Codes are read from src/, include/ and tools/ in three ways:
#  1. string literals: "jixiao.<area>.<name>" (two or more dotted parts) and "JX-<letters><digits>";
#  2. codes built by concatenation ("jixiao.actual." + code): every line that joins a literal
#     ending in "." with something must match one of the `concatenation()` entries below,
#     which say how the code is built and where its suffixes are written; a new kind of
#     concatenation fails this test until it is described here (no code is missed silently);
#  3. the rows of DOC whose first cell is a code in backquotes (`| \`jixiao.x.y\` | ...`);
#     any other mention of a code in DOC counts for the stale check only.
cmake_minimum_required(VERSION 3.25)
foreach(var ROOT DOC)
  if(NOT DEFINED ${var})
    message(FATAL_ERROR "check_errors_doc.cmake: -D${var}=... is required")
  endif()
endforeach()

# concatenation(<site> <template> <suffix regex> <group> <scope>)
#   site:     regex that the concatenating line matches;
#   template: the code, with @ where the suffix goes;
#   suffix:   regex over source text whose capture group <group> is one suffix;
#   scope:    FILE (suffixes are in the file holding the site: a local helper and its
#             calls) or ALL (callers anywhere under src/, include/, tools/).
set(concatenations "")
function(concatenation site template suffix group scope)
  list(LENGTH concatenations n)
  set(site_${n} "${site}" PARENT_SCOPE)
  set(template_${n} "${template}" PARENT_SCOPE)
  set(suffix_${n} "${suffix}" PARENT_SCOPE)
  set(group_${n} "${group}" PARENT_SCOPE)
  set(scope_${n} "${scope}" PARENT_SCOPE)
  list(APPEND concatenations ${n})
  set(concatenations "${concatenations}" PARENT_SCOPE)
endfunction()
concatenation("\"jixiao\\.actual\\.\" \\+ code" "jixiao.actual.@" "diag\\(\"([a-z_]+)\"" 1 FILE)

set(literal_code "\"jixiao\\.[a-z0-9_]+\\.[a-z0-9_]+(\\.[a-z0-9_]+)*\"")
set(literal_id "\"JX-[A-Z]+[0-9]+\"")
set(concatenated "\"jixiao[a-z0-9_.]*\\.\" *\\+")

file(GLOB_RECURSE sources RELATIVE ${ROOT}
  ${ROOT}/src/*.cpp ${ROOT}/src/*.hpp ${ROOT}/src/*.h
  ${ROOT}/include/*.hpp ${ROOT}/include/*.h
  ${ROOT}/tools/*.cpp ${ROOT}/tools/*.hpp ${ROOT}/tools/*.h)
list(SORT sources)
if(NOT sources)
  message(FATAL_ERROR "check_errors_doc.cmake: no sources under ${ROOT}")
endif()

set(problems "")
set(codes "")
set(all_text "")
foreach(file IN LISTS sources)
  file(READ ${ROOT}/${file} text_${file})
  string(APPEND all_text "${text_${file}}\n")
endforeach()

set(used_concatenations "")
foreach(file IN LISTS sources)
  set(text "${text_${file}}")
  string(REGEX MATCHALL "${literal_code}|${literal_id}" found "${text}")
  foreach(code IN LISTS found)
    string(REPLACE "\"" "" code "${code}")
    list(APPEND codes "${code}")
  endforeach()
  # Concatenation sites, line by line (file(STRINGS) would split lines at ';').
  file(STRINGS ${ROOT}/${file} sites REGEX "${concatenated}")
  foreach(line IN LISTS sites)
    set(known "")
    foreach(n IN LISTS concatenations)
      if(line MATCHES "${site_${n}}")
        set(known ${n})
        break()
      endif()
    endforeach()
    if(known STREQUAL "")
      string(STRIP "${line}" line)
      string(APPEND problems "  ${file}: a code is built by concatenation in `${line}`: describe it with concatenation() in tests/check_errors_doc.cmake\n")
      continue()
    endif()
    list(APPEND used_concatenations ${known})
    if(scope_${known} STREQUAL "FILE")
      set(where "${text}")
    else()
      set(where "${all_text}")
    endif()
    string(REGEX MATCHALL "${suffix_${known}}" calls "${where}")
    if(NOT calls)
      string(APPEND problems "  ${file}: found no suffix for `${template_${known}}` (regex `${suffix_${known}}`): update tests/check_errors_doc.cmake\n")
    endif()
    foreach(call IN LISTS calls)
      string(REGEX MATCH "${suffix_${known}}" ignored "${call}")
      string(REPLACE "@" "${CMAKE_MATCH_${group_${known}}}" code "${template_${known}}")
      list(APPEND codes "${code}")
    endforeach()
  endforeach()
endforeach()
list(REMOVE_DUPLICATES codes)
list(SORT codes)
foreach(n IN LISTS concatenations)
  if(NOT n IN_LIST used_concatenations)
    message(STATUS "note: concatenation `${template_${n}}` no longer occurs in the sources; its entry can go")
  endif()
endforeach()

# The catalogue: rows whose first cell is a code; every other mention of a code.
file(READ ${DOC} doc)
# One list element per line: neutralise the characters CMake lists treat specially.
string(REPLACE ";" "," doc "${doc}")
string(REPLACE "[" "(" doc "${doc}")
string(REPLACE "]" ")" doc "${doc}")
string(REPLACE "\\" "/" doc "${doc}")
string(REPLACE "\n" ";" doc_lines "${doc}")
set(rows "")
set(mentions "")
foreach(line IN LISTS doc_lines)
  if(line MATCHES "^\\| *`(jixiao\\.[a-z0-9_.]+|JX-[A-Z]+[0-9]+)` *\\|")
    set(code "${CMAKE_MATCH_1}")
    if(code IN_LIST rows)
      string(APPEND problems "  ${code}: listed twice in docs/errors.md\n")
    endif()
    list(APPEND rows "${code}")
  endif()
  string(REGEX MATCHALL "`jixiao\\.[a-z0-9_]+\\.[a-z0-9_.]+`|JX-[A-Z]+[0-9]+" found "${line}")
  foreach(code IN LISTS found)
    string(REPLACE "`" "" code "${code}")
    list(APPEND mentions "${code}")
  endforeach()
endforeach()
list(REMOVE_DUPLICATES mentions)

foreach(code IN LISTS codes)
  if(NOT code IN_LIST rows)
    string(APPEND problems "  ${code}: emitted by the sources but not catalogued in docs/errors.md (add a row)\n")
  endif()
endforeach()
foreach(code IN LISTS mentions)
  if(NOT code IN_LIST codes)
    string(APPEND problems "  ${code}: in docs/errors.md but no longer in the sources (stale entry)\n")
  endif()
endforeach()

set(dotted 0)
set(ids 0)
foreach(code IN LISTS codes)
  if(code MATCHES "^JX-")
    math(EXPR ids "${ids} + 1")
  else()
    math(EXPR dotted "${dotted} + 1")
  endif()
endforeach()
if(NOT problems STREQUAL "")
  message(FATAL_ERROR "docs/errors.md is out of step with the code (${dotted} dotted codes and ${ids} finding ids in the sources):\n${problems}")
endif()
message(STATUS "docs/errors.md catalogues all ${dotted} dotted codes and ${ids} finding ids the sources emit")
