; Inno Setup 6 script: a per-user install of the frozen build (dist\dpo-desk\, from
; `make package` run on Windows). No administrator rights: the program goes under the
; user's own Programs folder, the .dpodesk association under HKCU\Software\Classes.
; Build: iscc packaging\windows\dpo-desk.iss   (from the repository root)
; Not built or run here (Linux): see packaging\README.md.

#define AppName "DPO Desk"
; Keep in step with pyproject.toml (the one version number); iscc /DAppVersion=x.y.z overrides.
#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppExe "dpo-desk-gui.exe"
#define ProgId "DPODesk.Register"

[Setup]
; A fixed GUID: upgrades replace the same installation instead of adding a second one.
AppId={{5E0C3E8A-6B0F-4F43-9D1E-2C7A4B9D0F61}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=DPO Desk
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; Per-user: {autopf} is %LOCALAPPDATA%\Programs and HKA is HKCU.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
ChangesAssociations=yes
OutputDir=..\..\dist
OutputBaseFilename=dpo-desk-{#AppVersion}-setup
SetupIconFile=..\icons\dpo-desk.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName} {#AppVersion}
Compression=lzma2
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "french"; MessagesFile: "compiler:Languages\French.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "..\..\dist\dpo-desk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; The register file type: double-click opens it in DPO Desk; removed on uninstall.
Root: HKA; Subkey: "Software\Classes\.dpodesk"; ValueType: string; ValueName: ""; ValueData: "{#ProgId}"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.dpodesk"; ValueType: string; ValueName: "Content Type"; ValueData: "application/x-dpodesk"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.dpodesk\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "Registre DPO Desk"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKA; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".dpodesk"; ValueData: ""; Flags: uninsdeletekey

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only what the program wrote inside its own folder; registers, backups and preferences
; live in the user's folders and are never removed.
Type: filesandordirs; Name: "{app}\_internal\__pycache__"
