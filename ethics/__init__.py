"""Ethics checklist gate, disclosure checks, reviewer decisions and export packages."""
