# Compile and link flags shared by the app and the bare ImGui + SDL2 "hello" page the benchmark compares it with,
# so the comparison measures our code and not a difference in flags.
set(UBR_WEB_COMPILE_OPTIONS -Oz -flto -fno-exceptions -fno-rtti)
set(UBR_WEB_LINK_OPTIONS ${UBR_WEB_COMPILE_OPTIONS}
  -sENVIRONMENT=web
  -sUSE_WEBGL2=1 -sMIN_WEBGL_VERSION=2 -sMAX_WEBGL_VERSION=2
  -sALLOW_MEMORY_GROWTH=1
  -sFILESYSTEM=0
  -sDYNAMIC_EXECUTION=0
  -sEXIT_RUNTIME=0
  -sMALLOC=emmalloc)
