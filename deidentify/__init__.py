"""De-identification of project records and free-text notes."""
