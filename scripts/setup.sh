#!/usr/bin/env bash
# Installs everything the build and the tests need. Idempotent: each step checks first and says when it skips.
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

# firefox-esr and webkit2gtk-driver (WebKitWebDriver and WebKitGTK's MiniBrowser) are the other two engines of the
# cross-engine tests, which run them under xvfb-run (xvfb, xauth).
APT_PACKAGES=(emscripten cmake ninja-build catch2 nlohmann-json3-dev fonts-inter clang libclang-rt-14-dev
  chromium librsvg2-bin imagemagick python3 python3-fonttools xz-utils dpkg-dev
  firefox-esr webkit2gtk-driver xvfb xauth)

install_apt_packages() {
  step "Debian packages"
  local missing=()
  for p in "${APT_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  if [ ${#missing[@]} -eq 0 ]; then skip "all ${#APT_PACKAGES[@]} packages already installed"; return; fi
  echo "    installing: ${missing[*]}"
  as_root apt-get update -qq || fail "Debian packages" "apt index" "check that the Debian mirror in /etc/apt/sources.list* is reachable, then rerun"
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null \
    || fail "Debian packages" "${missing[*]}" "run 'apt-get install ${missing[*]}' by hand to see apt's error"
}

# The deb-src entries are derived from the machine's own Debian sources (deb822 stanzas and one-line entries
# for this release's suites), so the set-up follows whatever mirror or proxy the machine is configured with.
derive_source_entries() {
  local codename; codename="$(. /etc/os-release && echo "$VERSION_CODENAME")"
  local f
  for f in /etc/apt/sources.list.d/*.sources; do
    [ -f "$f" ] || continue
    awk -v rel="$codename" '
      function flush() {
        if (stanza != "" && is_deb && has_release) { sub(/Types:[^\n]*/, "Types: deb-src", stanza); printf "%s\n", stanza }
        stanza = ""; is_deb = 0; has_release = 0
      }
      /^[[:space:]]*$/ { flush(); next }
      /^[[:space:]]*#/ { next }
      /^Types:/ { if ($0 ~ /(^|[[:space:]])deb([[:space:]]|$)/) is_deb = 1 }
      /^Suites:/ { if (index($0, rel) > 0) has_release = 1 }
      { stanza = stanza $0 "\n" }
      END { flush() }' "$f"
  done
  grep -hE "^[[:space:]]*deb[[:space:]].*[[:space:]]$codename" /etc/apt/sources.list /etc/apt/sources.list.d/*.list 2>/dev/null \
    | sed -E 's/^[[:space:]]*deb[[:space:]]+(\[[^]]*\][[:space:]]+)?([^[:space:]]+)[[:space:]]+([^[:space:]]+)[[:space:]]+(.*)$/Types: deb-src\nURIs: \2\nSuites: \3\nComponents: \4\n/' || true
}

enable_source_packages() {
  local list=/etc/apt/sources.list.d/debian-src.sources
  if [ -f "$list" ]; then return; fi
  step "Debian source package index"
  local entries; entries="$(derive_source_entries)"
  [ -n "$entries" ] || fail "Debian source package index" "apt deb-src" \
    "no Debian 'deb' entry for this release was found in /etc/apt/sources.list or sources.list.d; add one, then rerun"
  printf '%s\n' "$entries" | as_root tee "$list" >/dev/null
  as_root apt-get update -qq || fail "Debian source package index" "apt deb-src" "check $list and the network, then rerun"
}

# fetch_source PACKAGE VERSION-GLOB DEST: unpacks a Debian source package's upstream tarball into DEST.
fetch_source() {
  local pkg="$1" dest="$2" marker="$2/.unpacked"
  if [ -f "$marker" ]; then skip "$pkg sources already in ${dest#$ROOT/}"; return; fi
  enable_source_packages
  local tmp; tmp="$(mktemp -d)"
  (cd "$tmp" && apt-get source --download-only "$pkg" >/dev/null 2>&1) \
    || fail "source package $pkg" "$pkg (source)" "check that deb-src is enabled (/etc/apt/sources.list.d/debian-src.sources) and run 'apt-get update'"
  local orig; orig="$(ls "$tmp"/"${pkg}"_*.orig.tar.* | head -1)"
  rm -rf "$dest" && mkdir -p "$dest"
  tar -xf "$orig" -C "$dest" --strip-components=1 || fail "source package $pkg" "$pkg" "the tarball $orig did not unpack"
  touch "$marker"
  rm -rf "$tmp"
}

install_sources() {
  step "Third-party sources (Dear ImGui $IMGUI_VERSION, SDL2 $SDL_VERSION)"
  fetch_source imgui "$THIRD_PARTY/imgui"
  fetch_source libsdl2 "$THIRD_PARTY/sdl2"
}

# SDL2's configure under emcmake runs ~300 compiler checks (about 5 minutes), so it is built once per
# version and flag set and installed into the user's cache, where every clone finds it.
# Only the subsystems the app uses (video, events, timers) are built: the rest would only add to the download.
# Sound and speech go through the page's Web Audio and Web Speech APIs instead of SDL audio. No joystick either: the
# app is used by pointer, touch and keyboard, and the gamepad code was about 5 KB gzip of the wasm (measured with
# --profiling-funcs).
SDL_FLAGS="-DSDL_SHARED=OFF -DSDL_STATIC=ON -DSDL_TEST=OFF -DCMAKE_BUILD_TYPE=MinSizeRel -DSDL_AUDIO=OFF
  -DSDL_RENDER=OFF -DSDL_HAPTIC=OFF -DSDL_HIDAPI=OFF -DSDL_POWER=OFF -DSDL_SENSOR=OFF -DSDL_FILESYSTEM=OFF
  -DSDL_LOCALE=OFF -DSDL_MISC=OFF -DSDL_JOYSTICK=OFF"
# SDL_LEAN_AND_MEAN drops the software blitters, RLE and YUV code (about 80 KB of wasm, measured with
# --profiling-funcs): the app draws only through WebGL2, so it never blits a surface. (Adding -flto here was
# measured too: the app's wasm came out byte for byte the same, so it is left out.)
SDL_C_FLAGS="-Os -DSDL_LEAN_AND_MEAN=1"
sdl_prefix() {
  local key; key="$(echo "$SDL_VERSION" $SDL_FLAGS "$SDL_C_FLAGS" "$(emcc --version | head -1)" | sha1sum | cut -c1-10)"
  echo "$CACHE_DIR/sdl2-wasm-$SDL_VERSION-$key"
}

build_sdl_for_wasm() {
  step "SDL2 $SDL_VERSION for WebAssembly"
  local prefix; prefix="$(sdl_prefix)"
  if [ -f "$prefix/lib/libSDL2.a" ]; then skip "cached in $prefix"; return; fi
  echo "    first build: configure takes about 5 minutes, the build about 1 minute"
  local build="$prefix.build"
  rm -rf "$build" && mkdir -p "$build"
  # shellcheck disable=SC2086
  emcmake cmake -S "$THIRD_PARTY/sdl2" -B "$build" -G Ninja $SDL_FLAGS -DCMAKE_INSTALL_PREFIX="$prefix" \
    -DCMAKE_C_FLAGS="$SDL_C_FLAGS" >"$build.log" 2>&1 \
    || fail "SDL2 configure" "libsdl2 $SDL_VERSION" "read $build.log"
  cmake --build "$build" >>"$build.log" 2>&1 && cmake --install "$build" >>"$build.log" 2>&1 \
    || fail "SDL2 build" "libsdl2 $SDL_VERSION" "read $build.log"
  rm -rf "$build"
}

# npm writes its own node_modules/.package-lock.json, but that copy leaves out the root entry and the optional
# packages of other platforms, so it never equals ours; a stamp with the hash of the lock file npm ci
# installed from tells reliably whether node_modules is current.
install_npm_packages() {
  step "npm packages"
  local stamp="$ROOT/node_modules/.installed-from-lock" want
  want="$(sha1sum "$ROOT/package-lock.json" | cut -c1-40)"
  if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then
    skip "node_modules matches package-lock.json"; return
  fi
  # No package may fetch a browser of its own: the engines come from Debian (puppeteer's install step would).
  (cd "$ROOT" && PUPPETEER_SKIP_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error) || fail "npm packages" "see package.json" "run 'npm ci' to see npm's error"
  echo "$want" >"$stamp"
}

install_apt_packages
install_sources
build_sdl_for_wasm
install_npm_packages
echo "$(sdl_prefix)" > "$THIRD_PARTY/sdl2-prefix.txt"
step "Set-up complete"
