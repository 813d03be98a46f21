package service

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/xml"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/google/uuid"
	"github.com/lestrrat-go/libxml2/parser"

	"github.com/tallyhour/tallyhour/internal/model"
	"github.com/tallyhour/tallyhour/internal/repository"
	"github.com/tallyhour/tallyhour/internal/util"
)

var ErrUnsupportedBundle = errors.New("unsupported bundle type")

type TimesheetService struct {
	repo      *repository.TimesheetRepo
	audit     *repository.AuditRepo
	importDir string
}

func NewTimesheetService(repo *repository.TimesheetRepo, audit *repository.AuditRepo, importDir string) *TimesheetService {
	return &TimesheetService{repo: repo, audit: audit, importDir: importDir}
}

type ListOptions struct {
	EmployeeID int64
	From, To   time.Time
	Sort       string
}

func (s *TimesheetService) ListOwn(ctx context.Context, opts ListOptions) ([]model.TimeEntry, error) {
	f := repository.EntryFilter{EmployeeID: opts.EmployeeID, From: opts.From, To: opts.To, OrderBy: opts.Sort}
	if f.OrderBy == "" {
		f.OrderBy = "work_date DESC"
	}
	return s.repo.List(ctx, f)
}

func (s *TimesheetService) ListForApproval(ctx context.Context, managerID int64, sortKey string) ([]model.TimeEntry, error) {
	return s.repo.ListPending(ctx, managerID, util.ResolveSort(sortKey))
}

// ImportBundle unpacks an uploaded bundle and loads every CSV inside it.
func (s *TimesheetService) ImportBundle(ctx context.Context, employeeID int64, archivePath, kind string) (int, error) {
	dest := filepath.Join(s.importDir, uuid.NewString())
	var files []string
	var err error
	switch kind {
	case ".zip":
		files, err = util.ExtractZip(archivePath, dest)
	case ".tar":
		var f *os.File
		if f, err = os.Open(archivePath); err == nil {
			files, err = util.ExtractTar(f, dest)
			f.Close()
		}
	default:
		err = ErrUnsupportedBundle
	}
	if err != nil {
		return 0, err
	}
	var entries []model.TimeEntry
	for _, name := range files {
		if strings.EqualFold(filepath.Ext(name), ".csv") {
			parsed, err := readEntryCSV(name, employeeID)
			if err != nil {
				return 0, err
			}
			entries = append(entries, parsed...)
		}
	}
	return len(entries), s.repo.CreateBatch(ctx, entries)
}

// readEntryCSV reads "date,hours,project,note" rows.
func readEntryCSV(path string, employeeID int64) ([]model.TimeEntry, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	rows, err := csv.NewReader(bytes.NewReader(data)).ReadAll()
	var out []model.TimeEntry
	for _, rec := range rows {
		day, derr := time.Parse("2006-01-02", rec[0])
		hours, herr := strconv.ParseFloat(rec[1], 64)
		if derr == nil && herr == nil && len(rec) >= 4 {
			out = append(out, model.TimeEntry{EmployeeID: employeeID, WorkDate: day, Hours: hours, Project: rec[2], Note: rec[3], Status: "draft"})
		}
	}
	return out, err
}

// ImportClockExport reads the XML produced by the older terminals,
// which reference shared entity definitions for project codes.
func (s *TimesheetService) ImportClockExport(ctx context.Context, employeeID int64, r io.Reader) (int, error) {
	p := parser.New(parser.XMLParseNoEnt, parser.XMLParseDTDLoad) // VULN xxe
	doc, err := p.ParseReader(r)
	if err != nil {
		return 0, err
	}
	defer doc.Free()
	res, err := doc.Find("//punch")
	if err != nil {
		return 0, err
	}
	defer res.Free()
	var entries []model.TimeEntry
	for _, n := range res.NodeList() {
		fields := strings.Fields(n.TextContent())
		if len(fields) < 3 {
			continue
		}
		day, _ := time.Parse("2006-01-02", fields[0])
		hours, _ := strconv.ParseFloat(fields[1], 64)
		entries = append(entries, model.TimeEntry{EmployeeID: employeeID, WorkDate: day, Hours: hours, Project: fields[2], Status: "draft"})
	}
	return len(entries), s.repo.CreateBatch(ctx, entries)
}

type xmlBatch struct {
	Entries []struct {
		Date    string  `xml:"date"`
		Hours   float64 `xml:"hours"`
		Project string  `xml:"project"`
		Note    string  `xml:"note"`
	} `xml:"entry"`
}

// ImportXML reads the current XML export format.
func (s *TimesheetService) ImportXML(ctx context.Context, employeeID int64, r io.Reader) (int, error) {
	var batch xmlBatch
	if err := xml.NewDecoder(r).Decode(&batch); err != nil { // SAFE xxe
		return 0, err
	}
	entries := make([]model.TimeEntry, 0, len(batch.Entries))
	for _, e := range batch.Entries {
		if day, err := time.Parse("2006-01-02", e.Date); err == nil {
			entries = append(entries, model.TimeEntry{EmployeeID: employeeID, WorkDate: day, Hours: e.Hours, Project: e.Project, Note: e.Note, Status: "draft"})
		}
	}
	return len(entries), s.repo.CreateBatch(ctx, entries)
}

func (s *TimesheetService) SearchAudit(ctx context.Context, q repository.AuditQuery) ([]model.AuditEvent, error) {
	return s.audit.Search(ctx, q)
}

func (s *TimesheetService) Overtime(ctx context.Context, minHours string) ([]model.AuditEvent, error) {
	return s.audit.OvertimeEvents(ctx, strings.TrimSpace(minHours))
}

func (s *TimesheetService) ScheduleOverruns(ctx context.Context) ([]model.AuditEvent, error) {
	return s.audit.ScheduleOverruns(ctx)
}

func (s *TimesheetService) RecordClockOut(ctx context.Context, emp *model.Employee, site string, hours float64) error {
	return s.audit.Record(ctx, model.AuditEvent{Actor: emp.Username, Action: "clock_out", EmployeeID: emp.ID, Hours: hours, ScheduledHours: 8, Site: site})
}
