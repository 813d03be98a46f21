// Package routers registers the portal routes.
package routers

import (
	"github.com/beego/beego/v2/server/web"

	"github.com/tracklane/tracklane/internal/portal/controllers"
	"github.com/tracklane/tracklane/internal/portal/render"
)

// Init registers template functions and routes.
func Init() {
	_ = web.AddFuncMap("statusBadge", render.StatusBadge)
	_ = web.AddFuncMap("km", render.Km)

	web.Router("/", &controllers.WagonController{}, "get:List")
	web.Router("/dashboard", &controllers.WagonController{}, "get:List")

	web.Router("/login", &controllers.AuthController{}, "get:LoginForm;post:Login")
	web.Router("/logout", &controllers.AuthController{}, "get:Logout")
	web.Router("/account/token", &controllers.AuthController{}, "post:APIToken")
	web.Router("/password/forgot", &controllers.AuthController{}, "get:ForgotForm;post:Forgot")

	web.Router("/wagons", &controllers.WagonController{}, "get:List")
	web.Router("/wagons/quick", &controllers.WagonController{}, "get:QuickSearch")
	web.Router("/wagons/:id:int", &controllers.WagonController{}, "get:Detail")
	web.Router("/wagons/:id:int/remarks", &controllers.WagonController{}, "post:UpdateRemarks")

	web.Router("/maintenance/orders/new", &controllers.MaintenanceController{}, "get:New")
	web.Router("/maintenance/orders", &controllers.MaintenanceController{}, "post:Create")
	web.Router("/maintenance/orders/:id:int", &controllers.MaintenanceController{}, "get:Show")
	web.Router("/maintenance/orders/:id:int/attachments", &controllers.MaintenanceController{}, "post:UploadAttachment")
	web.Router("/maintenance/orders/:id:int/attachments/delete", &controllers.MaintenanceController{}, "post:DeleteAttachment")
	web.Router("/maintenance/orders/:id:int/bundle", &controllers.MaintenanceController{}, "post:UploadBundle")

	web.Router("/documents", &controllers.DocumentController{}, "get:Index")
	web.Router("/documents/certificate", &controllers.DocumentController{}, "get:Certificate")
	web.Router("/documents/manual", &controllers.DocumentController{}, "get:Manual")
	web.Router("/documents/consist", &controllers.DocumentController{}, "post:ImportConsist")

	web.Router("/reports/fleet", &controllers.ReportController{}, "get:Index")
	web.Router("/reports/fleet/pdf", &controllers.ReportController{}, "post:Generate")
	web.Router("/reports/waybill", &controllers.ReportController{}, "post:Waybill")
	web.Router("/reports/archive", &controllers.ReportController{}, "post:Archive")
	web.Router("/reports/export", &controllers.ReportController{}, "post:Export")

	web.Router("/admin/templates", &controllers.AdminController{}, "get:Templates;post:SaveTemplate")
	web.Router("/admin/partners", &controllers.AdminController{}, "post:CreatePartner")
	web.Router("/admin/contractors/password", &controllers.AdminController{}, "post:SetContractorPassword")
}
