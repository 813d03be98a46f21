package inspector

import (
	"errors"
	"fmt"

	"github.com/cloudwego/hertz/pkg/app"
	"github.com/cloudwego/hertz/pkg/common/utils"
	"github.com/cloudwego/hertz/pkg/protocol/consts"

	"github.com/stillriver/stillriver/internal/repo"
)

var namedDestinations = map[string]string{
	"queue":   "/inspections/queue",
	"today":   "/locks/today",
	"reports": "/reports",
	"overdue": "/reports/overdue",
}

// redirectTo sends the browser to a target chosen by the inspection service.
func redirectTo(c *app.RequestContext, target string) {
	c.Redirect(consts.StatusSeeOther, []byte(target)) // VULN redirect
}

// redirectNamed sends the browser to one of the portal's fixed pages.
func redirectNamed(c *app.RequestContext, key string) {
	target, ok := namedDestinations[key]
	if !ok {
		target = namedDestinations["queue"]
	}
	c.Redirect(consts.StatusSeeOther, []byte(target)) // SAFE redirect
}

func fail(c *app.RequestContext, err error) {
	if errors.Is(err, repo.ErrNotFound) {
		c.JSON(consts.StatusNotFound, utils.H{"error": "not found"})
		return
	}
	c.JSON(consts.StatusBadRequest, utils.H{"error": err.Error()})
}

func notFoundPage(hull string) string {
	return fmt.Sprintf(`<!DOCTYPE html><html><head><title>Not found</title>
<link rel="stylesheet" href="/static/inspector.css"></head>
<body><h1>No inspection on record</h1><p>No inspection is on record for hull <strong>%s</strong>.</p>
<p><a href="/inspections/new">Start a new inspection</a></p></body></html>`, hull)
}
