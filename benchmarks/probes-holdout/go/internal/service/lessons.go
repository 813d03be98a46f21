package service

import (
	"context"
	"errors"
	"strings"

	"github.com/chairlift-resort/chairlift/internal/dto"
	"github.com/chairlift-resort/chairlift/internal/models"
	"github.com/chairlift-resort/chairlift/internal/queue"
	"github.com/chairlift-resort/chairlift/internal/store"
	"github.com/chairlift-resort/chairlift/internal/validate"
)

// ErrLessonFull is returned when a booking exceeds the remaining capacity.
var ErrLessonFull = errors.New("service: lesson is full")

// MaxMaterialSize bounds an instructor handout upload (10 MiB).
const MaxMaterialSize = 10 << 20

// LessonService handles ski school lessons, bookings and reviews.
type LessonService struct {
	lessons *store.LessonStore
	queue   *queue.Queue
}

// NewLessonService wires the lesson service.
func NewLessonService(st *store.Stores, q *queue.Queue) *LessonService {
	return &LessonService{lessons: st.Lessons, queue: q}
}

// Upcoming lists lessons, optionally filtered by level.
func (s *LessonService) Upcoming(ctx context.Context, level, order string) ([]models.Lesson, error) {
	if level != "" {
		return s.lessons.ByLevel(ctx, strings.ToLower(level))
	}
	return s.lessons.Upcoming(ctx, order)
}

// Detail loads a lesson with its reviews and instructor.
func (s *LessonService) Detail(ctx context.Context, id int64) (models.Lesson, []models.Review, models.Instructor, error) {
	l, err := s.lessons.Get(ctx, id)
	if err != nil {
		return l, nil, models.Instructor{}, err
	}
	reviews, err := s.lessons.Reviews(ctx, id)
	if err != nil {
		return l, nil, models.Instructor{}, err
	}
	in, err := s.lessons.Instructor(ctx, l.InstructorID)
	if err != nil && !errors.Is(err, store.ErrNotFound) {
		return l, reviews, in, err
	}
	return l, reviews, in, nil
}

// Book reserves places and queues a roster rebuild for the instructor.
func (s *LessonService) Book(ctx context.Context, lessonID, customerID int64, req dto.BookingRequest) (models.Booking, error) {
	lesson, err := s.lessons.Get(ctx, lessonID)
	if err != nil {
		return models.Booking{}, err
	}
	existing, err := s.lessons.BookingsForLesson(ctx, lessonID)
	if err != nil {
		return models.Booking{}, err
	}
	taken := 0
	for _, b := range existing {
		taken += b.Participants
	}
	if req.Participants < 1 || taken+req.Participants > lesson.Capacity {
		return models.Booking{}, ErrLessonFull
	}
	b := models.Booking{
		LessonID:     lessonID,
		CustomerID:   customerID,
		GroupName:    strings.TrimSpace(req.GroupName),
		Participants: req.Participants,
		Notes:        req.Notes,
	}
	if err := s.lessons.CreateBooking(ctx, &b); err != nil {
		return b, err
	}
	err = s.queue.Enqueue(ctx, queue.KindLessonRoster, queue.LessonRosterJob{LessonID: lessonID})
	return b, err
}

// AddReview stores guest feedback.
func (s *LessonService) AddReview(ctx context.Context, lessonID int64, req dto.ReviewRequest) (models.Review, error) {
	if req.Rating < 1 || req.Rating > 5 {
		return models.Review{}, errors.New("rating must be 1-5")
	}
	r := models.Review{LessonID: lessonID, AuthorName: req.AuthorName, Rating: req.Rating, Comment: req.Comment}
	err := s.lessons.AddReview(ctx, &r)
	return r, err
}

// SubmitClip queues thumbnail generation for a lesson video link.
func (s *LessonService) SubmitClip(ctx context.Context, lessonID int64, clipURL string) error {
	if !validate.ClipURL(clipURL) {
		return validate.ErrInvalid
	}
	return s.queue.Enqueue(ctx, queue.KindLessonClip, queue.LessonClipJob{LessonID: lessonID, SourceURL: clipURL})
}

// UploadMaterial queues an instructor handout for storage.
func (s *LessonService) UploadMaterial(ctx context.Context, lessonID int64, up dto.MaterialUpload) error {
	if len(up.Data) == 0 || len(up.Data) > MaxMaterialSize {
		return errors.New("handout must be between 1 byte and 10 MiB")
	}
	switch up.ContentType {
	case "application/pdf", "image/png", "image/jpeg", "application/zip":
	default:
		return errors.New("unsupported handout type")
	}
	return s.queue.Enqueue(ctx, queue.KindLessonMaterial, queue.LessonMaterialJob{
		LessonID:    lessonID,
		Filename:    up.Filename,
		ContentType: up.ContentType,
		Data:        up.Data,
	})
}

// InstructorService manages instructor self-service profiles.
type InstructorService struct {
	lessons *store.LessonStore
}

// NewInstructorService wires the instructor service.
func NewInstructorService(st *store.Stores) *InstructorService {
	return &InstructorService{lessons: st.Lessons}
}

// UpdateProfile saves the public profile fields.
func (s *InstructorService) UpdateProfile(ctx context.Context, id int64, form dto.InstructorProfileForm) (models.Instructor, error) {
	in, err := s.lessons.Instructor(ctx, id)
	if err != nil {
		return in, err
	}
	in.DisplayName = strings.TrimSpace(form.DisplayName)
	in.Bio = strings.TrimSpace(form.Bio)
	in.Website = strings.TrimSpace(form.Website)
	in.Languages = form.Languages
	return in, s.lessons.UpdateInstructor(ctx, in)
}
