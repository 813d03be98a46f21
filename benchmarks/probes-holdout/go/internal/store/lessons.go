package store

import (
	"context"
	"database/sql"
	"fmt"
	"regexp"

	"github.com/chairlift-resort/chairlift/internal/models"
)

// LessonStore persists ski school lessons, bookings, reviews and instructors.
type LessonStore struct {
	db *sql.DB
}

var levelPattern = regexp.MustCompile(`^[a-z_]{3,20}$`)

var lessonOrder = map[string]string{
	"date":  "starts_at",
	"price": "price_cents",
	"level": "level",
}

const lessonColumns = `id, title, level, discipline, instructor_id, starts_at, duration_min, capacity, price_cents`

func scanLessons(rows *sql.Rows) ([]models.Lesson, error) {
	var out []models.Lesson
	for rows.Next() {
		var l models.Lesson
		if err := rows.Scan(&l.ID, &l.Title, &l.Level, &l.Discipline, &l.InstructorID, &l.StartsAt, &l.DurationMin, &l.Capacity, &l.PriceCents); err != nil {
			return nil, err
		}
		out = append(out, l)
	}
	return out, rows.Err()
}

// Upcoming lists future lessons in the requested order.
func (s *LessonStore) Upcoming(ctx context.Context, orderKey string) ([]models.Lesson, error) {
	col, ok := lessonOrder[orderKey]
	if !ok {
		col = "starts_at"
	}
	rows, err := s.db.QueryContext(ctx, `SELECT `+lessonColumns+` FROM lessons WHERE starts_at > now() ORDER BY `+col+` LIMIT 100`) // SAFE sqli
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	return scanLessons(rows)
}

// ByLevel lists upcoming lessons for a level; the level is a partition key
// of the lessons_by_level view, so it is inlined.
func (s *LessonStore) ByLevel(ctx context.Context, level string) ([]models.Lesson, error) {
	if !levelPattern.MatchString(level) {
		return nil, fmt.Errorf("store: invalid level %q", level)
	}
	rows, err := s.db.QueryContext(ctx, fmt.Sprintf(`SELECT %s FROM lessons_by_level WHERE level = '%s' AND starts_at > now()`, lessonColumns, level)) // SAFE sqli
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	return scanLessons(rows)
}

// Get loads one lesson.
func (s *LessonStore) Get(ctx context.Context, id int64) (models.Lesson, error) {
	var l models.Lesson
	err := s.db.QueryRowContext(ctx, `SELECT `+lessonColumns+` FROM lessons WHERE id = $1`, id).
		Scan(&l.ID, &l.Title, &l.Level, &l.Discipline, &l.InstructorID, &l.StartsAt, &l.DurationMin, &l.Capacity, &l.PriceCents)
	return l, notFound(err)
}

// CreateBooking reserves places on a lesson.
func (s *LessonStore) CreateBooking(ctx context.Context, b *models.Booking) error {
	return s.db.QueryRowContext(ctx,
		`INSERT INTO bookings (lesson_id, customer_id, group_name, participants, notes) VALUES ($1, $2, $3, $4, $5) RETURNING id, created_at`,
		b.LessonID, b.CustomerID, b.GroupName, b.Participants, b.Notes,
	).Scan(&b.ID, &b.CreatedAt)
}

// BookingsForLesson returns the bookings for a lesson.
func (s *LessonStore) BookingsForLesson(ctx context.Context, lessonID int64) ([]models.Booking, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT id, lesson_id, customer_id, group_name, participants, notes, created_at FROM bookings WHERE lesson_id = $1 ORDER BY created_at`, lessonID)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []models.Booking
	for rows.Next() {
		var b models.Booking
		if err := rows.Scan(&b.ID, &b.LessonID, &b.CustomerID, &b.GroupName, &b.Participants, &b.Notes, &b.CreatedAt); err != nil {
			return nil, err
		}
		out = append(out, b)
	}
	return out, rows.Err()
}

// GroupHistory counts lessons previously taken by a named group, so the
// roster can show returning school groups.
func (s *LessonStore) GroupHistory(ctx context.Context, groupName string) (int, error) {
	var n int
	err := s.db.QueryRowContext(ctx, "SELECT count(*) FROM bookings WHERE group_name = '"+groupName+"' AND created_at > now() - interval '2 years'").Scan(&n) // VULN sqli
	return n, err
}

// GroupParticipants sums participants across a group's bookings.
func (s *LessonStore) GroupParticipants(ctx context.Context, groupName string) (int, error) {
	var n int
	err := s.db.QueryRowContext(ctx, `SELECT COALESCE(sum(participants), 0) FROM bookings WHERE group_name = $1`, groupName).Scan(&n) // SAFE sqli
	return n, err
}

// AddReview stores guest feedback.
func (s *LessonStore) AddReview(ctx context.Context, r *models.Review) error {
	return s.db.QueryRowContext(ctx,
		`INSERT INTO reviews (lesson_id, author_name, rating, comment) VALUES ($1, $2, $3, $4) RETURNING id, created_at`,
		r.LessonID, r.AuthorName, r.Rating, r.Comment,
	).Scan(&r.ID, &r.CreatedAt)
}

// Reviews lists feedback for a lesson.
func (s *LessonStore) Reviews(ctx context.Context, lessonID int64) ([]models.Review, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT id, lesson_id, author_name, rating, comment, created_at FROM reviews WHERE lesson_id = $1 ORDER BY created_at DESC LIMIT 50`, lessonID)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []models.Review
	for rows.Next() {
		var r models.Review
		if err := rows.Scan(&r.ID, &r.LessonID, &r.AuthorName, &r.Rating, &r.Comment, &r.CreatedAt); err != nil {
			return nil, err
		}
		out = append(out, r)
	}
	return out, rows.Err()
}

// Instructor loads an instructor profile.
func (s *LessonStore) Instructor(ctx context.Context, id int64) (models.Instructor, error) {
	var in models.Instructor
	var langs string
	err := s.db.QueryRowContext(ctx, `SELECT id, display_name, bio, COALESCE(website, ''), languages FROM instructors WHERE id = $1`, id).
		Scan(&in.ID, &in.DisplayName, &in.Bio, &in.Website, &langs)
	if err == nil {
		in.Languages = splitCSV(langs)
	}
	return in, notFound(err)
}

// UpdateInstructor saves the editable parts of an instructor profile.
func (s *LessonStore) UpdateInstructor(ctx context.Context, in models.Instructor) error {
	_, err := s.db.ExecContext(ctx,
		`UPDATE instructors SET display_name = $2, bio = $3, website = $4, languages = $5 WHERE id = $1`,
		in.ID, in.DisplayName, in.Bio, in.Website, joinCSV(in.Languages))
	return err
}
