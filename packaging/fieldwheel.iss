; Windows installer (Inno Setup 6) for the folder packaging\fieldwheel.spec builds on Windows.
; Steps: README, "Installing without Python".  Written for Windows and not built or tested
; on the Linux machines this project is developed on.
;
;   pyinstaller --noconfirm packaging\fieldwheel.spec      (makes dist\fieldwheel\)
;   iscc /DAppVersion=0.1.0 packaging\fieldwheel.iss       (makes dist\fieldwheel-setup.exe)
;
; Installs for the current user only, so it needs no administrator rights: the program
; goes to %LOCALAPPDATA%\Programs\Fieldwheel, data and settings to the same per-user
; folders as any Fieldwheel (never inside the program's folder).

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif

[Setup]
AppId=Fieldwheel
AppName=Fieldwheel
AppVersion={#AppVersion}
AppPublisher=Fieldwheel
DefaultDirName={autopf}\Fieldwheel
DefaultGroupName=Fieldwheel
PrivilegesRequired=lowest
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\dist
OutputBaseFilename=fieldwheel-setup
Compression=lzma2
SolidCompression=yes
UninstallDisplayIcon={app}\fieldwheel.exe

[Tasks]
Name: "desktopicon"; Description: "Create a desktop shortcut"; Flags: unchecked

[Files]
Source: "..\dist\fieldwheel\*"; DestDir: "{app}"; Flags: recursesubdirs ignoreversion

[Icons]
Name: "{group}\Fieldwheel"; Filename: "{app}\fieldwheel.exe"
Name: "{userdesktop}\Fieldwheel"; Filename: "{app}\fieldwheel.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\fieldwheel.exe"; Description: "Start Fieldwheel"; Flags: nowait postinstall skipifsilent
