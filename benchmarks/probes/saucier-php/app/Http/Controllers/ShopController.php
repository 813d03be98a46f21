<?php

namespace App\Http\Controllers;

use App\Repositories\OrderRepository;
use App\Repositories\ReviewRepository;
use App\Repositories\VoucherRepository;
use App\Services\CartService;
use Illuminate\Http\Request;

class ShopController extends Controller
{
    public function __construct(
        private OrderRepository $orders,
        private ReviewRepository $reviews,
        private VoucherRepository $vouchers,
        private CartService $carts,
    ) {
    }

    public function orders(Request $request)
    {
        $orders = $this->orders->forCustomer(
            $request->user()->id,
            $request->query('status'),
            $request->integer('page', 1)
        );

        return view('shop.orders', ['orders' => $orders, 'status' => $request->query('status')]);
    }

    public function invoice(Request $request, string $orderId)
    {
        $lines = $this->orders->invoiceLines((int) $orderId, $request->user()->id);
        abort_if(empty($lines), 404);

        return view('shop.invoice', ['lines' => $lines, 'orderId' => (int) $orderId]);
    }

    public function cart(Request $request)
    {
        $items = $this->carts->restore($request->cookie('saucier_cart'));

        return view('shop.cart', ['items' => $items, 'subtotal' => $this->carts->subtotalCents($items)]);
    }

    public function redeem(Request $request)
    {
        $voucher = $this->vouchers->findRedeemable($request->input('code'));
        if ($voucher === null) {
            return back()->withErrors(['code' => 'That voucher is not valid.']);
        }

        $this->vouchers->markRedeemed($voucher['_id'], $request->user()->id);
        session()->put('voucher', ['code' => $voucher['code'], 'percent' => $voucher['percent_off']]);

        return back()->with('status', 'Voucher applied: ' . $voucher['percent_off'] . '% off.');
    }

    public function productReviews(Request $request)
    {
        $product = (string) $request->query('product', '');
        $rating = $request->integer('min_rating', 1);

        return response()->json($this->reviews->forProduct($product, $rating));
    }
}
