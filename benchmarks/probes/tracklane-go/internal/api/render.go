package api

import (
	"html"

	"github.com/kataras/iris/v12"

	"github.com/tracklane/tracklane/internal/domain"
)

const widgetStyle = `<style>.tl{font:13px sans-serif;padding:6px;border:1px solid #ccd}.tl b{color:#124}</style>`

// writeWidgetError renders the embeddable status widget in its error state.
func writeWidgetError(ctx iris.Context, status int, err error) {
	ctx.StatusCode(status)
	ctx.HTML(widgetStyle+`<div class="tl tl-error">%s</div>`, err.Error()) // VULN xss
}

// writeWidget renders the embeddable status widget for a wagon.
func writeWidget(ctx iris.Context, w *domain.Wagon) {
	seen := "never"
	if w.LastSeenAt != nil {
		seen = w.LastSeenAt.Format("02.01.2006 15:04")
	}
	ctx.HTML(widgetStyle+`<div class="tl"><b>%s</b> %s &middot; last seen %s</div>`, html.EscapeString(w.Number), html.EscapeString(w.Status), seen) // SAFE xss
}
