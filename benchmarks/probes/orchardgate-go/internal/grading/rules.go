package grading

import "math"

// Sample is the laboratory measurement of one intake.
type Sample struct {
	Brix      float64
	Acidity   float64
	Starch    int
	DefectPct float64
	NetKg     float64
}

// Grade thresholds follow the cooperative's 2023 cider-fruit specification.
const (
	GradePremium  = "A"
	GradeStandard = "B"
	GradeJuice    = "C"
	GradeReject   = "R"
)

// DefaultScore is the built-in scoring rule used when no profile is active.
func DefaultScore(s Sample) float64 {
	score := s.Brix*6 - s.DefectPct*2
	if s.Acidity > 0 {
		score += math.Min(s.Acidity, 8) * 1.5
	}
	if s.Starch < 4 {
		score -= float64(4-s.Starch) * 3
	}
	return math.Round(score*10) / 10
}

// GradeFor maps a score and defect rate onto a grade letter.
func GradeFor(score float64, s Sample) string {
	switch {
	case s.DefectPct > 25 || s.Brix < 8:
		return GradeReject
	case score >= 80:
		return GradePremium
	case score >= 60:
		return GradeStandard
	default:
		return GradeJuice
	}
}

// PricePerTonne returns the base price by grade in cents.
func PricePerTonne(grade string) int64 {
	switch grade {
	case GradePremium:
		return 42000
	case GradeStandard:
		return 31000
	case GradeJuice:
		return 18500
	default:
		return 0
	}
}
