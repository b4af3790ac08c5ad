//! `bestand.toml` through parsing and validation.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(cfg) = bestand::config::Config::from_toml(text) {
        let _ = cfg.validate();
        // What a run asks of a valid configuration.
        let _ = cfg.known_department_names();
        let _ = cfg.successions(2023, 2024);
    }
});
