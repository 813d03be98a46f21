package workorders

import (
	"context"
	"errors"
	"fmt"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/tramyard/depot/internal/platform/httpx"
)

// ExportQueue schedules PDF job-card rendering in the background.
type ExportQueue interface {
	EnqueueJobCardExport(ctx context.Context, orderID int64, requestedBy string) error
}

// EventDispatcher forwards work-order events to webhook subscribers.
type EventDispatcher interface {
	Dispatch(ctx context.Context, depot, event string, payload map[string]interface{}) error
}

// Service is the work-order use-case layer.
type Service interface {
	Create(ctx context.Context, req CreateRequest) (int64, error)
	Search(ctx context.Context, q SearchRequest) (SearchResponse, error)
	Get(ctx context.Context, id int64) (*WorkOrder, error)
	ChangeStatus(ctx context.Context, req StatusRequest) (StatusResponse, error)
	Upload(ctx context.Context, req UploadRequest) (*Attachment, error)
	Download(ctx context.Context, req DownloadRequest) (FileResponse, error)
	RequestExport(ctx context.Context, req ExportRequest) error
	ExportJobCard(ctx context.Context, id int64) (string, error)
	PrintLabel(ctx context.Context, req PrintRequest) error
	DetailPage(ctx context.Context, id int64) ([]byte, error)
	BoardPage(ctx context.Context, q SearchRequest) ([]byte, error)
	OpenForFault(ctx context.Context, f FaultReport) (int64, error)
}

type service struct {
	repo     *Repository
	files    *AttachmentStore
	exporter *Exporter
	pages    *PageRenderer
	queue    ExportQueue
	events   EventDispatcher
}

// NewService wires the work-order service.
func NewService(repo *Repository, files *AttachmentStore, exporter *Exporter, pages *PageRenderer, queue ExportQueue, events EventDispatcher) Service {
	return &service{repo: repo, files: files, exporter: exporter, pages: pages, queue: queue, events: events}
}

func (s *service) Create(ctx context.Context, req CreateRequest) (int64, error) {
	req.TramCode = strings.ToUpper(strings.TrimSpace(req.TramCode))
	if !tramCodePattern.MatchString(req.TramCode) {
		return 0, httpx.BadRequest("tramCode must look like CT-214")
	}
	if strings.TrimSpace(req.Title) == "" || len(req.Title) > 200 {
		return 0, httpx.BadRequest("title is required (max 200 characters)")
	}
	if req.Priority < 1 || req.Priority > 4 {
		req.Priority = 3
	}
	wo := &WorkOrder{
		TramCode:  req.TramCode,
		DepotCode: req.Depot,
		Title:     strings.TrimSpace(req.Title),
		Notes:     req.Notes,
		Priority:  req.Priority,
		Status:    StatusOpen,
		FaultCode: req.FaultCode,
		CreatedBy: req.Actor,
	}
	if err := s.repo.Create(ctx, wo); err != nil {
		return 0, err
	}
	s.notify(ctx, wo, "workorder.created")
	return wo.ID, nil
}

func (s *service) Search(ctx context.Context, q SearchRequest) (SearchResponse, error) {
	q.Direction = strings.ToUpper(q.Direction)
	if q.Direction != "ASC" && q.Direction != "DESC" {
		q.Direction = "DESC"
	}
	if q.SortBy == "" {
		q.SortBy = "created_at"
	}
	if q.PageSize <= 0 || q.PageSize > 100 {
		q.PageSize = 25
	}
	if q.Status != "" && !validStatuses[q.Status] {
		return SearchResponse{}, httpx.BadRequest("unknown status")
	}
	rows, total, err := s.repo.Search(ctx, q)
	if err != nil {
		return SearchResponse{}, err
	}
	return SearchResponse{Items: rows, Total: total, Page: q.Page}, nil
}

func (s *service) Get(ctx context.Context, id int64) (*WorkOrder, error) {
	wo, err := s.repo.Get(ctx, id)
	if errors.Is(err, ErrNotFound) {
		return nil, httpx.NotFound("work order not found")
	}
	return wo, err
}

func (s *service) ChangeStatus(ctx context.Context, req StatusRequest) (StatusResponse, error) {
	if !validStatuses[req.Status] {
		return StatusResponse{}, httpx.BadRequest("unknown status")
	}
	if err := s.repo.UpdateStatus(ctx, req.ID, req.Status, req.Actor); err != nil {
		return StatusResponse{}, err
	}
	if wo, err := s.repo.Get(ctx, req.ID); err == nil {
		s.notify(ctx, wo, "workorder."+req.Status)
	}
	fallback := "/app/workorders/" + strconv.FormatInt(req.ID, 10)
	return StatusResponse{Location: httpx.LocalRedirectTarget(req.Next, fallback)}, nil
}

func (s *service) Upload(ctx context.Context, req UploadRequest) (*Attachment, error) {
	if _, err := s.Get(ctx, req.OrderID); err != nil {
		return nil, err
	}
	stored, err := s.files.Save(req.OrderID, req.FileName, req.Body)
	if err != nil {
		return nil, err
	}
	a := &Attachment{
		OrderID:     req.OrderID,
		FileName:    req.FileName,
		StoredName:  stored,
		ContentType: req.ContentType,
		Size:        int64(len(req.Body)),
		UploadedBy:  req.Actor,
	}
	return a, s.repo.AddAttachment(ctx, a)
}

func (s *service) Download(ctx context.Context, req DownloadRequest) (FileResponse, error) {
	body, ct, err := s.files.Open(req.OrderID, req.File)
	if err != nil {
		return FileResponse{}, httpx.NotFound("attachment not found")
	}
	return FileResponse{Name: req.File, ContentType: ct, Body: body}, nil
}

func (s *service) RequestExport(ctx context.Context, req ExportRequest) error {
	if _, err := s.Get(ctx, req.ID); err != nil {
		return err
	}
	return s.queue.EnqueueJobCardExport(ctx, req.ID, req.Actor)
}

// ExportJobCard renders the job card HTML and converts it to PDF. It runs
// inside the background worker.
func (s *service) ExportJobCard(ctx context.Context, id int64) (string, error) {
	wo, err := s.repo.Get(ctx, id)
	if err != nil {
		return "", err
	}
	atts, err := s.repo.Attachments(ctx, id)
	if err != nil {
		return "", err
	}
	page, err := s.pages.Detail(wo, atts, true)
	if err != nil {
		return "", err
	}
	tmp, err := os.CreateTemp("", fmt.Sprintf("jobcard-%d-*.html", id))
	if err != nil {
		return "", err
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(page); err != nil {
		tmp.Close()
		return "", err
	}
	tmp.Close()
	return s.exporter.RenderPDF(ctx, wo, tmp.Name())
}

func (s *service) PrintLabel(ctx context.Context, req PrintRequest) error {
	wo, err := s.Get(ctx, req.ID)
	if err != nil {
		return err
	}
	return s.exporter.PrintLabel(ctx, wo, req.Printer)
}

func (s *service) DetailPage(ctx context.Context, id int64) ([]byte, error) {
	wo, err := s.Get(ctx, id)
	if err != nil {
		return nil, err
	}
	atts, err := s.repo.Attachments(ctx, id)
	if err != nil {
		return nil, err
	}
	return s.pages.Detail(wo, atts, false)
}

func (s *service) BoardPage(ctx context.Context, q SearchRequest) ([]byte, error) {
	var (
		rows []WorkOrder
		err  error
	)
	if q.TramCode != "" {
		rows, err = s.repo.ListForTram(ctx, q.TramCode)
	} else {
		var res SearchResponse
		res, err = s.Search(ctx, q)
		rows = res.Items
	}
	if err != nil {
		return nil, err
	}
	return s.pages.List(q.Depot, q.TramCode, rows)
}

// OpenForFault raises a work order for a fault reported by a tram, unless
// one is already open for the same fault.
func (s *service) OpenForFault(ctx context.Context, f FaultReport) (int64, error) {
	f.TramCode = strings.ToUpper(strings.TrimSpace(f.TramCode))
	if !tramCodePattern.MatchString(f.TramCode) {
		return 0, fmt.Errorf("fault report for unknown tram %q", f.TramCode)
	}
	open, err := s.repo.OpenFaultCount(ctx, f.TramCode, f.FaultCode)
	if err != nil {
		return 0, err
	}
	if open > 0 {
		return 0, nil
	}
	wo := &WorkOrder{
		TramCode:  f.TramCode,
		DepotCode: f.Depot,
		Title:     fmt.Sprintf("Fault %s reported in service", f.FaultCode),
		Notes:     fmt.Sprintf("Observed %s\n%s", f.Observed.Format(time.RFC3339), f.Detail),
		Priority:  severityToPriority(f.Severity),
		Status:    StatusOpen,
		FaultCode: f.FaultCode,
		CreatedBy: "telemetry",
	}
	if err := s.repo.Create(ctx, wo); err != nil {
		return 0, err
	}
	s.notify(ctx, wo, "workorder.created")
	return wo.ID, nil
}

func (s *service) notify(ctx context.Context, wo *WorkOrder, event string) {
	if s.events == nil {
		return
	}
	_ = s.events.Dispatch(ctx, wo.DepotCode, event, map[string]interface{}{
		"id":       wo.ID,
		"tram":     wo.TramCode,
		"title":    wo.Title,
		"priority": wo.Priority,
		"status":   wo.Status,
	})
}
