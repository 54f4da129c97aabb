//! The sample library, embedded in the binary so an installed byline works anywhere.

use std::path::{Path, PathBuf};

use super::{load_bytes, Library};

/// Every file of `assets/samples/` (a test checks that none is missing from this list).
const SAMPLES: &[(&str, &[u8])] = &[
    (
        "isis-networks.txt",
        include_bytes!("../../assets/samples/isis-networks.txt"),
    ),
    (
        "harbor-flood-walls.md",
        include_bytes!("../../assets/samples/harbor-flood-walls.md"),
    ),
    (
        "rail-strike-talks.md",
        include_bytes!("../../assets/samples/rail-strike-talks.md"),
    ),
    (
        "clinic-vaccine-drive.json",
        include_bytes!("../../assets/samples/clinic-vaccine-drive.json"),
    ),
    (
        "museum-reopening.html",
        include_bytes!("../../assets/samples/museum-reopening.html"),
    ),
];

/// The sample library shipped inside the binary; article paths are `samples/<file>`.
pub fn sample_library() -> Library {
    let root = PathBuf::from("samples");
    let mut lib = Library {
        root: root.clone(),
        is_sample: true,
        ..Library::default()
    };
    for (name, bytes) in SAMPLES {
        lib.absorb(load_bytes(&root.join(name), bytes));
    }
    // The user's article first, then the rest in file order, as a folder would list them.
    lib.articles.sort_by_key(|a| {
        (
            a.path != Path::new("samples/isis-networks.txt"),
            a.path.clone(),
        )
    });
    lib
}

/// `<data dir>/samples`: where the reader writes the sample library when there is no library
/// folder, so that it is indexed like any library and the finder and speaker view work on it.
pub fn samples_dir() -> Option<PathBuf> {
    directories::ProjectDirs::from("", "", "byline").map(|d| d.data_dir().join("samples"))
}

/// Write the sample files into `dir`, creating it. A file already there is left as it is: the
/// folder is the user's to read, and perhaps to change.
pub fn write_samples(dir: &Path) -> std::io::Result<()> {
    std::fs::create_dir_all(dir)?;
    for (name, bytes) in SAMPLES {
        let path = dir.join(name);
        match std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&path)
        {
            Ok(mut f) => std::io::Write::write_all(&mut f, bytes)?,
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {}
            Err(e) => return Err(e),
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    #[test]
    fn samples_are_written_once_and_never_over_a_changed_file() {
        let dir = std::env::temp_dir().join(format!("byline-samples-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        super::write_samples(&dir).unwrap();
        let lib = crate::library::load_dir(&dir);
        assert_eq!(lib.articles.len(), super::SAMPLES.len());
        std::fs::write(dir.join("isis-networks.txt"), "my notes").unwrap();
        super::write_samples(&dir).unwrap();
        assert_eq!(
            std::fs::read_to_string(dir.join("isis-networks.txt")).unwrap(),
            "my notes"
        );
        let _ = std::fs::remove_dir_all(&dir);
    }

    use super::*;

    #[test]
    fn every_sample_file_is_embedded() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/samples");
        let mut on_disk: Vec<String> = std::fs::read_dir(dir)
            .map(|rd| {
                rd.flatten()
                    .map(|e| e.file_name().to_string_lossy().into_owned())
                    .collect()
            })
            .unwrap_or_default();
        on_disk.sort();
        let mut embedded: Vec<String> = SAMPLES.iter().map(|(n, _)| n.to_string()).collect();
        embedded.sort();
        assert_eq!(on_disk, embedded);
    }

    #[test]
    fn samples_load_cleanly_and_are_marked() {
        let lib = sample_library();
        assert!(lib.is_sample);
        assert!(lib.failures.is_empty(), "{:?}", lib.failures);
        assert!(lib.warnings.is_empty(), "{:?}", lib.warnings);
        assert_eq!(lib.articles.len(), SAMPLES.len());
        assert_eq!(lib.articles[0].path, Path::new("samples/isis-networks.txt"));
        for a in lib.articles.iter().skip(1) {
            assert!(a.title.starts_with("Sample:"), "{}", a.title);
            assert!(
                a.text.contains("sample article written for byline"),
                "{:?}",
                a.path
            );
            assert!(a.text.contains(" said"), "{:?}", a.path);
            assert!(
                !a.text.contains("**") && !a.text.contains("<p>"),
                "{:?}",
                a.path
            );
        }
    }

    #[test]
    fn samples_carry_their_metadata() {
        let lib = sample_library();
        let by = |name: &str| {
            lib.articles
                .iter()
                .find(|a| a.path == Path::new("samples").join(name))
                .cloned()
                .unwrap_or_default()
        };
        let md = by("harbor-flood-walls.md");
        assert_eq!(md.author.as_deref(), Some("Byline Sample Desk"));
        assert_eq!(
            md.sort_date().map(|d| d.to_string()).as_deref(),
            Some("2025-02-14")
        );
        assert!(md.tags.contains(&"sample".to_string()));
        let toml = by("rail-strike-talks.md");
        assert_eq!(
            toml.sort_date().map(|d| d.to_string()).as_deref(),
            Some("2025-03-03")
        );
        let json = by("clinic-vaccine-drive.json");
        assert_eq!(
            json.url.as_deref(),
            Some("https://example.org/samples/clinic-vaccine-drive")
        );
        let html = by("museum-reopening.html");
        assert!(html.text.contains("Sofia Carvalho"));
        assert!(!html.text.contains("analytics"));
    }
}
