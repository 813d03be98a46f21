package worker

import (
	"context"
	"encoding/json"
	"fmt"
	"log"
	"os"
	"os/exec"
	"path/filepath"
	"strings"

	"github.com/voltpark/platform/internal/events"
	"github.com/voltpark/platform/internal/util"
)

// FirmwareJob unpacks firmware bundles and runs the vendor signature check
// before a bundle can be rolled out to chargers.
type FirmwareJob struct {
	workDir  string
	signTool string
	logPath  string
}

func NewFirmwareJob(workDir, signTool, logPath string) *FirmwareJob {
	return &FirmwareJob{workDir: workDir, signTool: signTool, logPath: logPath}
}

func (j *FirmwareJob) stagingDir(bundlePath string) string {
	return filepath.Join(j.workDir, "staged", strings.TrimSuffix(filepath.Base(bundlePath), ".zip"))
}

func (j *FirmwareJob) appendLog(out []byte) {
	f, err := os.OpenFile(j.logPath, os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o640)
	if err != nil {
		log.Printf("firmware log: %v", err)
		return
	}
	defer f.Close()
	_, _ = f.Write(out)
}

// HandleUpload processes bundles uploaded through the operations console.
func (j *FirmwareJob) HandleUpload(ctx context.Context, env events.Envelope) error {
	var evt events.FirmwareUploaded
	if err := json.Unmarshal(env.Payload, &evt); err != nil {
		return permanent("decode firmware upload: %v", err)
	}
	dest := j.stagingDir(evt.BundlePath)
	files, err := util.ExtractZip(evt.BundlePath, dest)
	if err != nil {
		return permanent("extract %s: %v", evt.BundlePath, err)
	}
	log.Printf("firmware %s %s: %d files staged by %s", evt.Vendor, evt.Version, len(files), evt.UploadedBy)

	script := fmt.Sprintf("%s verify --bundle %s --expect-version %s 2>&1 | tee -a %s", j.signTool, dest, evt.Version, j.logPath)
	if out, err := exec.CommandContext(ctx, "/bin/sh", "-c", script).Output(); err != nil { // VULN cmdi
		return permanent("verify bundle %s: %v: %s", evt.BundlePath, err, out)
	}
	return nil
}

// HandleVendorRelease processes bundles fetched from a vendor CDN.
func (j *FirmwareJob) HandleVendorRelease(ctx context.Context, env events.Envelope) error {
	var evt events.VendorReleaseFetched
	if err := json.Unmarshal(env.Payload, &evt); err != nil {
		return permanent("decode vendor release: %v", err)
	}
	if !util.ValidVersion(evt.Version) {
		return permanent("vendor release with invalid version %q", evt.Version)
	}
	dest := j.stagingDir(evt.BundlePath)
	if _, err := util.ExtractZip(evt.BundlePath, dest); err != nil {
		return permanent("extract %s: %v", evt.BundlePath, err)
	}
	out, err := exec.CommandContext(ctx, j.signTool, "verify", "--bundle", dest, "--expect-version", evt.Version).CombinedOutput() // SAFE cmdi
	j.appendLog(out)
	if err != nil {
		return permanent("verify vendor bundle %s %s: %v", evt.Vendor, evt.Version, err)
	}
	return nil
}
