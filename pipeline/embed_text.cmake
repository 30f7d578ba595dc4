# Writes the file IN as a C++ raw string constant kDefaultPolicyToml to OUT.
file(READ ${IN} CONTENT)
file(WRITE ${OUT} "// Generated from ${IN}; do not edit.\nstatic const char kDefaultPolicyToml[] = R\"dsar_embed(${CONTENT})dsar_embed\";\n")
