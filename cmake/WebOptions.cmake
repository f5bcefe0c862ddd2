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
  -sMALLOC=emmalloc
  # Smaller JS glue and wasm, each measured (issue 8): no WebGL extensions are used (ImGui's ES3 renderer needs
  # none), no setjmp/longjmp or errno, no deferred fullscreen/pointer-lock requests, only the Module properties
  # web/main.js and the bare page set, and the browsers that have WebGL2 anyway, so no older-browser fallbacks.
  -sGL_SUPPORT_AUTOMATIC_ENABLE_EXTENSIONS=0 -sGL_SUPPORT_SIMPLE_ENABLE_EXTENSIONS=0 -sGL_TRACK_ERRORS=0
  -sSUPPORT_ERRNO=0 -sSUPPORT_LONGJMP=0 -sHTML5_SUPPORT_DEFERRING_USER_SENSITIVE_REQUESTS=0
  "-sINCOMING_MODULE_JS_API=['canvas','instantiateWasm','print','printErr','onAbort','onRuntimeInitialized']"
  -sMIN_CHROME_VERSION=85 -sMIN_EDGE_VERSION=85 -sMIN_FIREFOX_VERSION=79 -sMIN_SAFARI_VERSION=150000)
