<?php

namespace App\Http\Controllers;

use App\Services\PartnerReturnPolicy;
use Illuminate\Routing\Controller;
use Illuminate\Http\JsonResponse;
use Illuminate\Http\RedirectResponse;
use Illuminate\Http\Request;
use Illuminate\Support\Carbon;
use Illuminate\Support\Facades\DB;

class PartnerApiController extends Controller
{
    public function __construct(
        private readonly PartnerReturnPolicy $returnPolicy,
    ) {
    }

    public function seats(Request $request, int $performance): JsonResponse
    {
        $section = (string) $request->query('section', '%');

        $seats = DB::select('select s.id, s.section, s.seat_row, s.seat_number, s.price_band from seat s left join seat_hold h on h.seat_id = s.id and h.performance_id = ? and h.expires_at > now() where s.section like ? and h.id is null order by s.section, s.seat_row, s.seat_number', [$performance, $section]); // SAFE sqli

        return response()->json(['performance' => $performance, 'seats' => $seats]);
    }

    public function placeHold(Request $request): JsonResponse
    {
        $data = $request->validate([
            'performance_id' => 'required|integer|min:1',
            'seat_ids' => 'required|array|max:10',
            'seat_ids.*' => 'integer|min:1',
        ]);

        $partner = $request->attributes->get('partner');
        $expires = Carbon::now()->addMinutes(config('partners.hold_minutes'));

        DB::transaction(function () use ($data, $partner, $expires) {
            foreach ($data['seat_ids'] as $seatId) {
                DB::table('seat_hold')->insert([
                    'performance_id' => $data['performance_id'],
                    'seat_id' => $seatId,
                    'partner' => $partner,
                    'expires_at' => $expires,
                ]);
            }
        });

        return response()->json(['held' => count($data['seat_ids']), 'expires_at' => $expires->toIso8601String()], 201);
    }

    public function availability(int $performance): JsonResponse
    {
        $counts = DB::table('seat')
            ->leftJoin('seat_hold', function ($join) use ($performance) {
                $join->on('seat_hold.seat_id', '=', 'seat.id')->where('seat_hold.performance_id', $performance);
            })
            ->selectRaw('seat.price_band, count(*) as total, sum(seat_hold.id is null) as free')
            ->groupBy('seat.price_band')
            ->get();

        return response()->json($counts);
    }

    public function myHolds(Request $request): JsonResponse
    {
        $user = $request->user();
        if ($user === null) {
            return response()->json(['holds' => []]);
        }

        return response()->json([
            'holds' => DB::table('seat_hold')->where('user_id', $user->id)->where('expires_at', '>', now())->get(),
            'email' => $user->email,
        ]);
    }

    public function startCheckout(Request $request): RedirectResponse
    {
        $data = $request->validate([
            'performance_id' => 'required|integer|min:1',
            'return_url' => 'required|url:https',
            'partner' => 'required|string|max:40',
        ]);

        $request->session()->put('partner_checkout', [
            'performance_id' => $data['performance_id'],
            'partner' => $data['partner'],
            'return_url' => $data['return_url'],
        ]);

        return redirect()->route('checkout.seats', ['performance' => $data['performance_id']]);
    }

    public function completeCheckout(Request $request): RedirectResponse
    {
        $checkout = $request->session()->pull('partner_checkout');
        if ($checkout === null) {
            return redirect('/');
        }

        return redirect()->away($checkout['return_url'] . '?status=complete&ref=' . urlencode((string) $request->query('order'))); // VULN redirect
    }

    public function cancelCheckout(Request $request): RedirectResponse
    {
        $return = (string) $request->query('return_url', '');
        if (!$this->returnPolicy->allows($return)) {
            return redirect('/');
        }

        return redirect()->away($return); // SAFE redirect
    }
}
