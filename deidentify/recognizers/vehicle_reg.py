"""UK vehicle registrations: current (AB12 CDE), prefix (A123 BCD) and suffix (ABC 123D)."""

from deidentify.recognizers.base import RegexRecognizer


class VehicleRegRecognizer(RegexRecognizer):
    ENTITY = "VEHICLE_REG"
    PATTERNS = (
        ("current", r"\b[A-Z]{2}\d{2}\s?[A-Z]{3}\b", 0.75),
        # Older formats look like other codes: they need a word such as "reg" nearby.
        ("prefix", r"\b[A-Z]\d{1,3}\s?[A-Z]{3}\b", 0.2),
        ("suffix", r"\b[A-Z]{3}\s?\d{1,3}[A-Z]\b", 0.2),
    )
    CONTEXT = ("reg", "registration", "plate", "plates", "car", "van", "vehicle", "vrm",
               "drives", "driving", "numberplate")
