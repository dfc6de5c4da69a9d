@echo off
rem IoT Workbench launcher for Windows.
rem   iotbench [--data DIR] [-nl LANGUAGE]       open the workbench (-nl zh_CN: in Chinese, -nl en: in English)
rem   iotbench [--data DIR] broker [options]     run the local broker in this console
rem   iotbench [--data DIR] clients ...          manage the registered clients
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

set "JAVA=java"
if defined JAVA_HOME set "JAVA=%JAVA_HOME%\bin\java.exe"
"%JAVA%" -version >nul 2>&1 || ( echo iotbench: Java 21 or newer is required ^(set JAVA_HOME^). 1>&2 & exit /b 1 )

set "LAUNCHER="
for %%f in ("%HOME_DIR%plugins\org.eclipse.equinox.launcher_*.jar") do set "LAUNCHER=%%~f"
if not defined LAUNCHER ( echo iotbench: no Equinox launcher in %HOME_DIR%plugins 1>&2 & exit /b 1 )

set "VMARGS=-Diotbench.data="%DATA%" -Dosgi.requiredJavaVersion=21 -Xms64m -Xmx1g"
rem Collect the remaining arguments (after an optional --data DIR).
set "ARGS="
:collect
if "%~1"=="" goto run
set "ARGS=!ARGS! "%~1""
shift
goto collect

:run
for /f "tokens=1" %%c in ("!ARGS!") do set "COMMAND=%%~c"
if "!COMMAND!"=="broker" goto cli
if "!COMMAND!"=="clients" goto cli
if "!COMMAND!"=="help" goto cli
if "!COMMAND!"=="bench" goto bench
if "!COMMAND!"=="" (
  start "" "%JAVA%w" %VMARGS% -jar "%LAUNCHER%" -data "%DATA%\workspace" !NL!
  exit /b 0
)
echo iotbench: unknown command '!COMMAND!' (try: iotbench help) 1>&2
exit /b 2

:cli
"%JAVA%" %VMARGS% -Djava.awt.headless=true -jar "%LAUNCHER%" -nosplash -application org.iotbench.cli.app -data "%DATA%\workspace" !NL! !ARGS!
exit /b %ERRORLEVEL%

:bench
set "ARGS=!ARGS:*bench"=!"
"%JAVA%" %VMARGS% -Djava.awt.headless=true -jar "%LAUNCHER%" -nosplash -application org.iotbench.bench.app -data "%DATA%\workspace" !NL! !ARGS!
exit /b %ERRORLEVEL%
