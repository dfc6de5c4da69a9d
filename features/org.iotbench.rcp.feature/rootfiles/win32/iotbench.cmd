@echo off
rem IoT Workbench launcher for Windows.
rem   iotbench [--data DIR] [-nl LANGUAGE]       open the workbench (-nl zh_CN: in Chinese, -nl en: in English)
rem   iotbench [--data DIR] broker [options]     run the local broker in this console
rem   iotbench [--data DIR] clients ...          manage the registered clients (clients code: device code)
rem   iotbench [--data DIR] bridges ...          manage the broker's bridges to upstream brokers
rem   iotbench [--data DIR] simulate ...         run virtual devices in this console
rem   iotbench bench [options]                   benchmark the broker
rem The Eclipse native launcher is not published on Maven Central, so this script starts Equinox itself.
setlocal EnableDelayedExpansion

set "HOME_DIR=%~dp0"
set "DATA=%USERPROFILE%\.iotbench"
if defined IOTBENCH_DATA set "DATA=%IOTBENCH_DATA%"
if "%~1"=="--data" (
  if "%~2"=="" ( echo iotbench: --data needs a folder 1>&2 & exit /b 2 )
  set "DATA=%~f2"
  shift & shift
)
set "NL="
if "%~1"=="-nl" (
  if "%~2"=="" ( echo iotbench: -nl needs a language, such as zh_CN or en 1>&2 & exit /b 2 )
  set "NL=-nl %~2"
  shift & shift
)
if not exist "%DATA%" mkdir "%DATA%"

rem Java 21 or newer: the product's own runtime, JAVA_HOME, the PATH, then the usual install folders.
set "JAVA="
call :try_java "%HOME_DIR%jre\bin\java.exe"
if defined JAVA_HOME call :try_java "%JAVA_HOME%\bin\java.exe"
for /f "delims=" %%j in ('where java.exe 2^>nul') do call :try_java "%%~j"
for /d %%d in ("%ProgramFiles%\Eclipse Adoptium\*" "%ProgramFiles%\Java\*" "%ProgramFiles%\Microsoft\jdk-*" "%ProgramFiles%\Zulu\*" "%ProgramFiles%\Amazon Corretto\*" "%ProgramFiles%\BellSoft\*") do call :try_java "%%~d\bin\java.exe"
if not defined JAVA (
  echo iotbench: Java 21 or newer is required and none was found in JAVA_HOME, on the PATH or in "%ProgramFiles%". 1>&2
  echo Install one, for example Eclipse Temurin 21 from https://adoptium.net/ , or set JAVA_HOME to its folder. 1>&2
  exit /b 1
)
set "JAVAW=%JAVA:~0,-8%javaw.exe"

set "LAUNCHER="
for %%f in ("%HOME_DIR%plugins\org.eclipse.equinox.launcher_*.jar") do set "LAUNCHER=%%~f"
if not defined LAUNCHER ( echo iotbench: no Equinox launcher in %HOME_DIR%plugins 1>&2 & exit /b 1 )

set "VMARGS=-Diotbench.data="%DATA%" -Dosgi.requiredJavaVersion=21 -Xms64m -Xmx1g --enable-native-access=ALL-UNNAMED"
rem The command, then every argument (ARGS) and those after the command (REST), each quoted again.
set "COMMAND=%~1"
set "ARGS="
set "REST="
set "FIRST=yes"
:collect
if "%~1"=="" goto run
set "ARGS=!ARGS! "%~1""
if "!FIRST!"=="no" set "REST=!REST! "%~1""
set "FIRST=no"
shift
goto collect

:run
if "!COMMAND!"=="broker" goto cli
if "!COMMAND!"=="clients" goto cli
if "!COMMAND!"=="bridges" goto cli
if "!COMMAND!"=="simulate" goto cli
if "!COMMAND!"=="help" goto cli
if "!COMMAND!"=="--help" goto cli
if "!COMMAND!"=="-h" goto cli
if "!COMMAND!"=="bench" goto bench
if "!COMMAND!"=="" (
  start "" "%JAVAW%" %VMARGS% -jar "%LAUNCHER%" -data "%DATA%\workspace" !NL!
  exit /b 0
)
echo iotbench: unknown command '!COMMAND!' (try: iotbench help) 1>&2
exit /b 2

:cli
"%JAVA%" %VMARGS% -Djava.awt.headless=true -jar "%LAUNCHER%" -nosplash -application org.iotbench.cli.app -data "%DATA%\workspace" !NL! !ARGS!
exit /b %ERRORLEVEL%

:bench
"%JAVA%" %VMARGS% -Djava.awt.headless=true -jar "%LAUNCHER%" -nosplash -application org.iotbench.bench.app -data "%DATA%\workspace" !NL! !REST!
exit /b %ERRORLEVEL%

:try_java
rem Takes %1 as JAVA when no Java is chosen yet, the file exists and its version is 21 or newer.
if defined JAVA exit /b 0
if not exist "%~1" exit /b 0
set "SPEC="
for /f "tokens=2 delims==" %%v in ('call "%~1" -XshowSettings:properties -version 2^>^&1 ^| findstr /c:"java.specification.version"') do set "SPEC=%%v"
if not defined SPEC exit /b 0
set "SPEC=%SPEC: =%"
for /f "tokens=1 delims=." %%m in ("%SPEC%") do set "SPEC=%%m"
if %SPEC% GEQ 21 set "JAVA=%~1"
exit /b 0
