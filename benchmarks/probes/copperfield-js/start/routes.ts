import router from '@adonisjs/core/services/router'
import { middleware } from '#start/kernel'

const AuthController = () => import('#controllers/auth_controller')
const ListingsController = () => import('#controllers/listings_controller')
const ConsignmentsController = () => import('#controllers/consignments_controller')
const MediaController = () => import('#controllers/media_controller')
const ReportsController = () => import('#controllers/reports_controller')

router.get('/', [ListingsController, 'home'])
router.get('/go', [ListingsController, 'outbound'])
router.get('/shelf/:slug', [ListingsController, 'shelf'])
router.get('/consignors/:id', [ListingsController, 'consignorProfile'])

router.get('/listings', [ListingsController, 'index'])
router.get('/listings/search', [ListingsController, 'search'])
router.get('/listings/:id', [ListingsController, 'show'])

router.get('/login', [AuthController, 'showLogin'])
router.post('/login', [AuthController, 'login'])
router.post('/logout', [AuthController, 'logout'])
router.get('/claim/:code', [AuthController, 'claim'])

router.get('/covers/:isbn', [MediaController, 'cover'])
router.get('/scans/file', [MediaController, 'scan'])

router
  .group(() => {
    router.post('/consignments', [ConsignmentsController, 'store'])
    router.post('/consignments/:id/cover', [ConsignmentsController, 'fetchCover'])
    router.get('/isbn-lookup', [ConsignmentsController, 'lookup'])
    router.post('/consignments/:id/approve', [ConsignmentsController, 'approve'])
    router.post('/consignments/bulk-scans', [ConsignmentsController, 'bulkScans'])
    router.post('/consignments/:id/photos', [MediaController, 'uploadPhoto'])
    router.get('/reports/sales', [ReportsController, 'sales'])
    router.get('/reports/consignor/:id', [ReportsController, 'consignorStatement'])
    router.get('/reports/aging', [ReportsController, 'aging'])
    router.post('/labels/print', [MediaController, 'print'])
    router.post('/labels/preview', [MediaController, 'preview'])
    router.get('/labels/barcode/:isbn', [MediaController, 'barcode'])
  })
  .prefix('/desk')
  .use(middleware.staff())
