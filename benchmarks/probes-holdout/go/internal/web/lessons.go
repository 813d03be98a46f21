package web

import (
	"errors"
	"net/http"
	"strconv"
	"strings"

	"github.com/chairlift-resort/chairlift/internal/dto"
	"github.com/chairlift-resort/chairlift/internal/service"
	"github.com/chairlift-resort/chairlift/internal/store"
	"github.com/chairlift-resort/chairlift/internal/validate"
)

func lessonID(r *http.Request) (int64, bool) {
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	return id, err == nil && id > 0
}

func (s *Server) handleLessons(w http.ResponseWriter, r *http.Request) {
	level := r.URL.Query().Get("level")
	lessons, err := s.Lessons.Upcoming(r.Context(), level, r.URL.Query().Get("order"))
	if err != nil {
		s.serverError(w, r, err)
		return
	}
	if len(lessons) == 0 && level != "" && r.Header.Get("HX-Request") == "true" {
		writeLevelEmpty(w, level)
		return
	}
	s.page(w, r, http.StatusOK, "lessons", map[string]any{"Lessons": lessons, "Level": level})
}

func (s *Server) handleLessonDetail(w http.ResponseWriter, r *http.Request) {
	id, ok := lessonID(r)
	if !ok {
		http.NotFound(w, r)
		return
	}
	lesson, reviews, instructor, err := s.Lessons.Detail(r.Context(), id)
	if err != nil {
		if !s.notFound(w, r, err) {
			s.serverError(w, r, err)
		}
		return
	}
	s.page(w, r, http.StatusOK, "lesson_detail", map[string]any{
		"Lesson":     lesson,
		"Reviews":    reviews,
		"Instructor": instructor,
	})
}

func (s *Server) handleBookLesson(w http.ResponseWriter, r *http.Request) {
	sess := sessionFrom(r)
	if sess.CustomerID == 0 {
		writeJSONError(w, http.StatusUnauthorized, "sign in to book a lesson")
		return
	}
	id, ok := lessonID(r)
	if !ok {
		writeJSONError(w, http.StatusNotFound, "unknown lesson")
		return
	}
	var req dto.BookingRequest
	if err := decodeJSON(w, r, &req); err != nil {
		writeJSONError(w, http.StatusBadRequest, "invalid booking request")
		return
	}
	booking, err := s.Lessons.Book(r.Context(), id, sess.CustomerID, req)
	switch {
	case errors.Is(err, service.ErrLessonFull):
		writeJSONError(w, http.StatusConflict, "not enough places left on this lesson")
	case errors.Is(err, store.ErrNotFound):
		writeJSONError(w, http.StatusNotFound, "unknown lesson")
	case err != nil:
		s.Logger.Error("book lesson", "err", err)
		writeJSONError(w, http.StatusInternalServerError, "booking failed")
	default:
		writeJSON(w, http.StatusCreated, booking)
	}
}

func (s *Server) handleReviewLesson(w http.ResponseWriter, r *http.Request) {
	if sessionFrom(r).CustomerID == 0 {
		writeJSONError(w, http.StatusUnauthorized, "sign in to review")
		return
	}
	id, ok := lessonID(r)
	if !ok {
		writeJSONError(w, http.StatusNotFound, "unknown lesson")
		return
	}
	var req dto.ReviewRequest
	if err := decodeJSON(w, r, &req); err != nil {
		writeJSONError(w, http.StatusBadRequest, "invalid review")
		return
	}
	req.Comment = strings.TrimSpace(req.Comment)
	if len(req.Comment) > 4000 {
		writeJSONError(w, http.StatusBadRequest, "review too long")
		return
	}
	review, err := s.Lessons.AddReview(r.Context(), id, req)
	if err != nil {
		writeJSONError(w, http.StatusBadRequest, err.Error())
		return
	}
	writeJSON(w, http.StatusCreated, review)
}

// handleSubmitClip accepts a link to a lesson video from the instructor portal.
func (s *Server) handleSubmitClip(w http.ResponseWriter, r *http.Request) {
	sess := sessionFrom(r)
	if sess.InstructorID == 0 || !checkCSRF(r) {
		http.Error(w, "forbidden", http.StatusForbidden)
		return
	}
	id, ok := lessonID(r)
	if !ok {
		http.NotFound(w, r)
		return
	}
	clipURL := strings.TrimSpace(r.PostFormValue("clip_url"))
	if err := s.Lessons.SubmitClip(r.Context(), id, clipURL); err != nil {
		if errors.Is(err, validate.ErrInvalid) {
			http.Error(w, "please link an .mp4, .mov or .webm video", http.StatusBadRequest)
			return
		}
		s.serverError(w, r, err)
		return
	}
	http.Redirect(w, r, "/lessons/"+strconv.FormatInt(id, 10)+"?clip=queued", http.StatusSeeOther)
}

// handleUploadMaterial accepts a handout as base64 JSON from the instructor app.
func (s *Server) handleUploadMaterial(w http.ResponseWriter, r *http.Request) {
	if sessionFrom(r).InstructorID == 0 {
		writeJSONError(w, http.StatusForbidden, "instructors only")
		return
	}
	id, ok := lessonID(r)
	if !ok {
		writeJSONError(w, http.StatusNotFound, "unknown lesson")
		return
	}
	var up dto.MaterialUpload
	if err := decodeJSON(w, r, &up); err != nil {
		writeJSONError(w, http.StatusBadRequest, "invalid upload")
		return
	}
	if err := s.Lessons.UploadMaterial(r.Context(), id, up); err != nil {
		writeJSONError(w, http.StatusBadRequest, err.Error())
		return
	}
	writeJSON(w, http.StatusAccepted, map[string]string{"status": "queued"})
}

func (s *Server) handleSaveInstructorProfile(w http.ResponseWriter, r *http.Request) {
	sess := sessionFrom(r)
	if sess.InstructorID == 0 || !checkCSRF(r) {
		http.Error(w, "forbidden", http.StatusForbidden)
		return
	}
	form := dto.InstructorProfileForm{
		DisplayName: r.PostFormValue("display_name"),
		Bio:         r.PostFormValue("bio"),
		Website:     r.PostFormValue("website"),
		Languages:   r.PostForm["languages"],
	}
	if len(form.DisplayName) == 0 || len(form.Bio) > 2000 {
		http.Error(w, "display name required, bio at most 2000 characters", http.StatusBadRequest)
		return
	}
	if _, err := s.Instructors.UpdateProfile(r.Context(), sess.InstructorID, form); err != nil {
		s.serverError(w, r, err)
		return
	}
	http.Redirect(w, r, "/lessons?profile=saved", http.StatusSeeOther)
}
