# Warning and sanitizer flags for jixiao's own targets (never forced on a host's targets).
function(jixiao_set_warnings target)
  if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic)
    # Boost 1.74's property_tree includes the deprecated <boost/bind.hpp>, which prints a
    # #pragma message in every file that reads JSON; keep the old placeholders quietly.
    target_compile_definitions(${target} PRIVATE BOOST_BIND_GLOBAL_PLACEHOLDERS)
    if(JIXIAO_WERROR)
      target_compile_options(${target} PRIVATE -Werror)
    endif()
  endif()
endfunction()

if(JIXIAO_SANITIZE AND JIXIAO_TSAN)
  message(FATAL_ERROR "JIXIAO_SANITIZE (address) and JIXIAO_TSAN (thread) cannot be combined")
endif()
if(JIXIAO_TSAN)
  add_compile_options(-fsanitize=thread -fno-omit-frame-pointer -O1 -g)
  add_link_options(-fsanitize=thread)
endif()
if(JIXIAO_SANITIZE)
  add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all)
  add_link_options(-fsanitize=address,undefined)
endif()
