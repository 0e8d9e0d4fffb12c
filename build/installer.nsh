; Included by electron-builder's NSIS installer (nsis.include in electron-builder.yml).
; electron-builder's `protocols` writes no Windows registry keys, so the per-machine installer
; registers the ispeks:// link handler itself. The installer is per machine (nsis.perMachine), so
; SHCTX is HKEY_LOCAL_MACHINE: every account on the desktop gets the handler.
; The scheme must match `protocols` in electron-builder.yml and the kiosk's default link scheme;
; `npm run package:check` fails when they drift apart.
!define ISPEKS_URL_SCHEME "ispeks"

!macro customInstall
  WriteRegStr SHCTX "Software\Classes\${ISPEKS_URL_SCHEME}" "" "URL:iSPEKS activation link"
  ; The empty "URL Protocol" value is what makes Windows treat the key as a URL scheme.
  WriteRegStr SHCTX "Software\Classes\${ISPEKS_URL_SCHEME}" "URL Protocol" ""
  WriteRegStr SHCTX "Software\Classes\${ISPEKS_URL_SCHEME}\DefaultIcon" "" "$INSTDIR\${APP_EXECUTABLE_FILENAME},0"
  ; The link arrives as one argument; the running kiosk receives it through second-instance.
  WriteRegStr SHCTX "Software\Classes\${ISPEKS_URL_SCHEME}\shell\open\command" "" '"$INSTDIR\${APP_EXECUTABLE_FILENAME}" "%1"'
!macroend

!macro customUnInstall
  ; Also runs when an update replaces the old version; the new installer writes the keys again.
  DeleteRegKey SHCTX "Software\Classes\${ISPEKS_URL_SCHEME}"
!macroend
