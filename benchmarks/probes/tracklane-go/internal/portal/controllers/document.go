package controllers

import (
	"encoding/json"
	"net/http"
	"os"
	"path/filepath"

	"github.com/tracklane/tracklane/internal/util"
	"github.com/tracklane/tracklane/internal/xmlimport"
)

type manualEntry struct {
	Title   string `json:"title"`
	File    string `json:"file"`
	Edition string `json:"edition"`
}

// DocumentController serves certificates and maintenance manuals.
type DocumentController struct {
	AuthenticatedController
}

// Index lists manuals of a section.
func (c *DocumentController) Index() {
	section := c.GetString("section", "general")
	var entries []manualEntry
	if raw, err := deps.Documents.ManualIndex(section); err == nil {
		_ = json.Unmarshal(raw, &entries)
	}
	c.Data["Section"] = section
	c.Data["Manuals"] = entries
	c.TplName = "documents/index.tpl"
}

// Certificate streams an ECM certificate inline.
func (c *DocumentController) Certificate() {
	name := c.GetString("file")
	data, err := deps.Documents.ReadCertificate(name)
	if err != nil {
		c.renderError(http.StatusNotFound, "Certificate not found.")
		return
	}
	c.Ctx.Output.Header("Content-Type", "application/pdf")
	c.Ctx.Output.Header("Content-Disposition", `inline; filename="certificate.pdf"`)
	c.Ctx.Output.Body(data)
}

// Manual downloads a maintenance manual.
func (c *DocumentController) Manual() {
	path, err := deps.Documents.ManualPath(c.GetString("name"))
	if err != nil {
		c.renderError(http.StatusNotFound, "Manual not found.")
		return
	}
	c.Ctx.Output.Download(path, filepath.Base(path)) // SAFE path
}

// ImportConsist accepts a consist package (zip with manifest.xml) from a railway undertaking.
func (c *DocumentController) ImportConsist() {
	token, err := util.RandomToken(8)
	if err != nil {
		c.renderError(http.StatusInternalServerError, "Upload failed.")
		return
	}
	tmp := filepath.Join(os.TempDir(), "consist-"+token+".zip")
	if err := c.SaveToFile("package", tmp); err != nil {
		c.renderError(http.StatusBadRequest, "Choose a consist package.")
		return
	}
	defer os.Remove(tmp)
	staging, _, err := deps.Documents.ImportConsistPackage(tmp)
	if err != nil {
		c.renderError(http.StatusBadRequest, "The consist package is invalid.")
		return
	}
	defer os.RemoveAll(staging)
	consist, err := xmlimport.ReadConsistFile(filepath.Join(staging, "manifest.xml"))
	if err != nil {
		c.renderError(http.StatusBadRequest, "The consist manifest could not be read.")
		return
	}
	c.Data["json"] = consist
	c.ServeJSON()
}
