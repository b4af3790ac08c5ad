//! The `bestand` command: resolves the command line, runs the command ([`bestand::run`]),
//! prints a fatal error and sets the exit code.

use std::process::ExitCode;

use bestand::cli::{self, Cli};

/// The allocator (see Cargo.toml): many small strings are made and dropped on two threads.
#[cfg(not(windows))]
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    bestand::memory::tune();
    #[cfg(windows)]
    if std::env::args_os().len() == 1 && double_click::owns_console() {
        return double_click::run_and_wait();
    }
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let lang = cli::language(&args);
    let refused = |message: String| {
        eprintln!("bestand: {message}");
        eprintln!("{}", bestand::tr!(lang, "usage-help"));
        ExitCode::from(2)
    };
    let parsed = cli::command(lang)
        .try_get_matches_from(&args)
        .and_then(|m| <Cli as clap::FromArgMatches>::from_arg_matches(&m));
    let cli = match parsed {
        Ok(c) => c,
        Err(e) if !e.use_stderr() => {
            // --help and --version are not errors.
            let _ = e.print();
            return ExitCode::SUCCESS;
        }
        Err(e) => return refused(cli::usage_error(&e, lang)),
    };
    let (command, settings) = match cli.resolve(lang) {
        Ok(resolved) => resolved,
        Err(message) => return refused(message),
    };
    match bestand::run::execute(command, &settings) {
        Ok(code) => ExitCode::from(code),
        Err(e) => {
            eprintln!("bestand: {}", e.message(lang));
            ExitCode::from(e.exit_code() as u8)
        }
    }
}

/// Started by double-click on Windows: the office's way to run the report without a
/// command line.
#[cfg(windows)]
mod double_click {
    use std::io::IsTerminal;
    use std::process::ExitCode;

    /// Whether this process is the only one on its console (it was started by a double-click,
    /// not from a command prompt).
    pub fn owns_console() -> bool {
        let mut ids = [0u32; 4];
        // SAFETY: the buffer holds four ids and its length is passed along.
        let n = unsafe {
            windows_sys::Win32::System::Console::GetConsoleProcessList(ids.as_mut_ptr(), 4)
        };
        n == 1
    }

    /// Runs the report with the exe's folder as the working folder (`input/` beside the exe)
    /// and waits for Enter, so the window does not vanish with the result.
    pub fn run_and_wait() -> ExitCode {
        if let Some(dir) = std::env::current_exe()
            .ok()
            .and_then(|p| p.parent().map(|d| d.to_path_buf()))
        {
            let _ = std::env::set_current_dir(dir);
        }
        let lang = bestand::cli::language(&[]);
        let resolved = <super::Cli as clap::Parser>::try_parse_from(["bestand"])
            .map_err(|e| e.to_string())
            .and_then(|cli| cli.resolve(lang));
        let code = match resolved {
            Ok((command, settings)) => match bestand::run::execute(command, &settings) {
                Ok(c) => c,
                Err(e) => {
                    eprintln!("bestand: {}", e.message(lang));
                    e.exit_code() as u8
                }
            },
            Err(_) => 2,
        };
        if std::io::stdin().is_terminal() {
            let done = bestand::tr!(lang, "double-click-done");
            bestand::terminal::say(&format!("\n{done}\n"));
            let mut line = String::new();
            let _ = std::io::stdin().read_line(&mut line);
        }
        ExitCode::from(code)
    }
}
