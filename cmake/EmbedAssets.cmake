# ubr_embed_files(TARGET NAMESPACE ns TEXT files... BINARY files...) makes a static library whose header
# <ns_name.h> declares ns::find(name) and ns::names() over the files' contents. Embedding at build time means
# the app needs no separate download or virtual file system for its data; editing a file regenerates it.
function(ubr_embed_files target)
  cmake_parse_arguments(ARG "" "NAMESPACE;HEADER" "TEXT;BINARY" ${ARGN})
  set(out_dir "${CMAKE_CURRENT_BINARY_DIR}/${target}")
  set(out_cpp "${out_dir}/${ARG_HEADER}.cpp")
  set(out_h "${out_dir}/${ARG_HEADER}.h")
  add_custom_command(
    OUTPUT "${out_cpp}" "${out_h}"
    COMMAND ${CMAKE_COMMAND} "-DOUTPUT_CPP=${out_cpp}" "-DOUTPUT_H=${out_h}" "-DNAMESPACE=${ARG_NAMESPACE}"
            "-DHEADER=${ARG_HEADER}.h" "-DTEXT_FILES=${ARG_TEXT}" "-DBINARY_FILES=${ARG_BINARY}"
            -P "${PROJECT_SOURCE_DIR}/cmake/GenerateEmbedded.cmake"
    DEPENDS ${ARG_TEXT} ${ARG_BINARY} "${PROJECT_SOURCE_DIR}/cmake/GenerateEmbedded.cmake"
    COMMENT "Embedding ${target}"
    VERBATIM)
  add_library(${target} STATIC "${out_cpp}" "${out_h}")
  target_include_directories(${target} PUBLIC "${out_dir}")
endfunction()
