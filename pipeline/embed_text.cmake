# Writes the file IN as a C++ raw string constant NAME to OUT (an empty string
# if IN does not exist), so data ships inside the binary.
if(EXISTS ${IN})
  file(READ ${IN} CONTENT)
else()
  set(CONTENT "")
endif()
get_filename_component(BASE ${IN} NAME)
file(WRITE ${OUT} "// Generated from ${BASE}; do not edit.\nstatic const char ${NAME}[] = R\"dsar_embed(${CONTENT})dsar_embed\";\n")
