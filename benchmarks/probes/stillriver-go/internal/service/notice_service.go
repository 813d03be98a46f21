package service

import (
	"context"
	"errors"
	"io"
	"strings"
	"time"

	"github.com/stillriver/stillriver/internal/dto"
	"github.com/stillriver/stillriver/internal/render"
	"github.com/stillriver/stillriver/internal/repo"
)

// ErrEmptyNotice is returned for drafts without content.
var ErrEmptyNotice = errors.New("notice title and body are required")

// NoticeService drafts and publishes notices to mariners.
type NoticeService struct {
	notices  *repo.NoticeRepo
	bookings *repo.BookingRepo
	renderer *render.Renderer
}

// NewNoticeService returns a notice service.
func NewNoticeService(n *repo.NoticeRepo, b *repo.BookingRepo, r *render.Renderer) *NoticeService {
	return &NoticeService{notices: n, bookings: b, renderer: r}
}

// Preview renders a draft notice for the operator's preview pane.
func (s *NoticeService) Preview(ctx context.Context, w io.Writer, req dto.NoticePreviewRequest, author string) error {
	if strings.TrimSpace(req.Title) == "" || strings.TrimSpace(req.BodyTemplate) == "" {
		return ErrEmptyNotice
	}
	lock, err := s.bookings.LockByID(ctx, req.LockID)
	if err != nil {
		return err
	}
	now := time.Now()
	data := render.NoticeData{Lock: lock, Title: req.Title, ValidFrom: now, ValidTo: now.AddDate(0, 0, 14), Author: author}
	return s.renderer.PreviewNotice(w, req.BodyTemplate, data)
}

// Board renders a published notice for the public notice board.
func (s *NoticeService) Board(ctx context.Context, w io.Writer, noticeID int64, backLink string) error {
	n, err := s.notices.ByID(ctx, noticeID)
	if err != nil {
		return err
	}
	lock, err := s.bookings.LockByID(ctx, n.LockID)
	if err != nil {
		return err
	}
	if backLink == "" {
		backLink = "/notices"
	}
	return s.renderer.NoticeBoard(w, render.BoardView{
		Lock:     lock,
		Title:    n.Title,
		Body:     n.Body,
		Posted:   n.PostedAt,
		BackLink: backLink,
	})
}
