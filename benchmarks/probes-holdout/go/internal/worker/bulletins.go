package worker

import (
	"archive/zip"
	"context"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/chairlift-resort/chairlift/internal/models"
	"github.com/chairlift-resort/chairlift/internal/queue"
	"github.com/chairlift-resort/chairlift/internal/validate"
)

// bulletinArchive unpacks an archive of historical bulletin PDFs into the
// public archive directory of the region.
func (w *Worker) bulletinArchive(ctx context.Context, job queue.BulletinArchiveJob) error {
	r, err := zip.OpenReader(job.ArchivePath)
	if err != nil {
		return err
	}
	defer r.Close()
	dest := filepath.Join(w.cfg.BulletinArchiveDir, job.Region)
	imported := 0
	for _, f := range r.File {
		target := filepath.Join(dest, f.Name)
		if f.FileInfo().IsDir() {
			if err := os.MkdirAll(target, 0o750); err != nil {
				return err
			}
			continue
		}
		if err := os.MkdirAll(filepath.Dir(target), 0o750); err != nil {
			return err
		}
		if err := copyZipEntry(f, target); err != nil {
			return err
		}
		if strings.HasSuffix(strings.ToLower(f.Name), ".pdf") {
			imported++
		}
	}
	w.logger.Info("bulletin archive imported", "region", job.Region, "bulletins", imported, "by", job.UploadedBy)
	return os.Remove(job.ArchivePath)
}

func copyZipEntry(f *zip.File, target string) error {
	src, err := f.Open()
	if err != nil {
		return err
	}
	defer src.Close()
	out, err := os.Create(target) // VULN zipslip
	if err != nil {
		return err
	}
	defer out.Close()
	_, err = io.Copy(out, io.LimitReader(src, 100<<20))
	return err
}

// caamlFeed is the subset of the CAAML bulletin XML we import.
type caamlFeed struct {
	XMLName   xml.Name `xml:"bulletins"`
	Bulletins []struct {
		Region     string    `xml:"region,attr"`
		Danger     int       `xml:"dangerRatings>dangerRating>mainValue"`
		Highlights string    `xml:"highlights"`
		Problems   []string  `xml:"avalancheProblems>avalancheProblem>problemType"`
		Published  time.Time `xml:"publicationTime"`
		ValidEnd   time.Time `xml:"validTime>endTime"`
	} `xml:"bulletin"`
}

// feedImport pulls CAAML bulletins from a configured provider.
func (w *Worker) feedImport(ctx context.Context, job queue.FeedImportJob) error {
	u, err := url.Parse(job.FeedURL)
	if err != nil || u.Scheme != "https" || !validate.HostAllowed(u, w.cfg.AvalancheFeedHosts) {
		return errors.New("feed import: host not allowed")
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return err
	}
	req.Header.Set("Accept", "application/xml")
	resp, err := w.feedClient.Do(req) // SAFE ssrf
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("feed import: status %d", resp.StatusCode)
	}
	var feed caamlFeed
	if err := xml.NewDecoder(io.LimitReader(resp.Body, 10<<20)).Decode(&feed); err != nil {
		return fmt.Errorf("feed import: %w", err)
	}
	for _, fb := range feed.Bulletins {
		region := strings.ToLower(fb.Region)
		if !validate.Region(region) {
			continue
		}
		b := models.Bulletin{
			Region: region, DangerLevel: fb.Danger, Summary: fb.Highlights, Problems: fb.Problems,
			IssuedAt: fb.Published, ValidUntil: fb.ValidEnd, Source: u.Host,
		}
		if err := w.stores.Bulletins.Upsert(ctx, &b); err != nil {
			return err
		}
	}
	return nil
}
