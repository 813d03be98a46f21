package actions

import (
	"github.com/gobuffalo/buffalo"
	"github.com/gobuffalo/buffalo/render"

	"github.com/orchardgate/orchardgate/internal/service"
)

var r = render.New(render.Options{DefaultContentType: "application/json"})

// Services used by the member portal actions; wired in main.
type Services struct {
	Growers *service.GrowerService
	Pickups *service.PickupService
}

var svc Services

// App builds the Buffalo application that serves the member self-service portal.
func App(env string, s Services) *buffalo.App {
	svc = s
	app := buffalo.New(buffalo.Options{
		Env:         env,
		SessionName: "_orchardgate_portal",
		Addr:        "127.0.0.1:3000",
	})
	app.GET("/members/search", GrowersSearch)
	app.POST("/members", GrowersCreate)
	app.POST("/members/kiosk", KioskImport)
	app.GET("/members/{code}", GrowersShow)
	app.POST("/pickups", PickupsCreate)
	app.POST("/pickups/{id}/cancel", PickupsCancel)
	return app
}
