package worker

import (
	"context"
	"encoding/csv"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"time"

	"github.com/google/uuid"

	"github.com/chairlift-resort/chairlift/internal/files"
	"github.com/chairlift-resort/chairlift/internal/queue"
)

// lessonRoster writes the instructor's roster CSV for a lesson, flagging
// returning school groups.
func (w *Worker) lessonRoster(ctx context.Context, job queue.LessonRosterJob) error {
	lesson, err := w.stores.Lessons.Get(ctx, job.LessonID)
	if err != nil {
		return err
	}
	bookings, err := w.stores.Lessons.BookingsForLesson(ctx, job.LessonID)
	if err != nil {
		return err
	}
	dir := filepath.Join(w.cfg.MaterialsDir, fmt.Sprintf("lesson-%d", lesson.ID))
	if err := os.MkdirAll(dir, 0o750); err != nil {
		return err
	}
	f, err := os.Create(filepath.Join(dir, "roster.csv"))
	if err != nil {
		return err
	}
	defer f.Close()
	cw := csv.NewWriter(f)
	_ = cw.Write([]string{"booking", "group", "participants", "group_total", "returning_visits", "notes"})
	for _, b := range bookings {
		visits, total := 0, b.Participants
		if b.GroupName != "" {
			if visits, err = w.stores.Lessons.GroupHistory(ctx, b.GroupName); err != nil {
				return err
			}
			if total, err = w.stores.Lessons.GroupParticipants(ctx, b.GroupName); err != nil {
				return err
			}
		}
		_ = cw.Write([]string{
			strconv.FormatInt(b.ID, 10), b.GroupName, strconv.Itoa(b.Participants),
			strconv.Itoa(total), strconv.Itoa(visits), b.Notes,
		})
	}
	cw.Flush()
	return cw.Error()
}

// lessonClip grabs a preview frame from an instructor's lesson video.
func (w *Worker) lessonClip(ctx context.Context, job queue.LessonClipJob) error {
	thumb := filepath.Join(w.cfg.ThumbnailDir, fmt.Sprintf("lesson-%d-%d.jpg", job.LessonID, time.Now().Unix()))
	ctx, cancel := context.WithTimeout(ctx, 90*time.Second)
	defer cancel()
	output, err := exec.CommandContext(ctx, "bash", "-c", fmt.Sprintf("ffmpeg -y -loglevel error -ss 00:00:02 -i %s -frames:v 1 -vf scale=480:-1 %s", job.SourceURL, thumb)).CombinedOutput() // VULN cmdi
	if err != nil {
		return fmt.Errorf("ffmpeg: %w: %s", err, output)
	}
	return nil
}

// lessonMaterial stores an instructor handout, unpacking zip bundles.
func (w *Worker) lessonMaterial(ctx context.Context, job queue.LessonMaterialJob) error {
	dir := filepath.Join(w.cfg.MaterialsDir, fmt.Sprintf("lesson-%d", job.LessonID))
	if job.ContentType == "application/zip" {
		tmp := filepath.Join(os.TempDir(), "bundle-"+uuid.NewString()+".zip")
		if err := os.WriteFile(tmp, job.Data, 0o600); err != nil {
			return err
		}
		defer os.Remove(tmp)
		written, err := files.ExtractBundle(tmp, filepath.Join(dir, "bundle"))
		w.logger.Info("lesson bundle extracted", "lesson", job.LessonID, "files", len(written))
		return err
	}
	target := filepath.Join(dir, job.Filename)
	if err := files.WriteAtomic(target, job.Data, 0o640); err != nil { // VULN path
		return err
	}
	if job.ContentType == "application/pdf" {
		preview := filepath.Join(w.cfg.ThumbnailDir, fmt.Sprintf("material-%d-%s", job.LessonID, uuid.NewString()))
		if output, err := exec.CommandContext(ctx, "pdftoppm", "-png", "-singlefile", "-r", "48", target, preview).CombinedOutput(); err != nil { // SAFE cmdi
			w.logger.Warn("handout preview failed", "lesson", job.LessonID, "err", err, "output", string(output))
		}
	}
	return nil
}
