import { useEffect, useState } from 'react';
import { api, Departure } from '../api/client';

interface Props {
  port: string;
  refreshSeconds?: number;
}

const STATUS_LABEL: Record<string, string> = {
  scheduled: 'On time',
  boarding: 'Boarding',
  departed: 'Departed',
  arrived: 'Arrived',
  delayed: 'Delayed',
  cancelled: 'Cancelled',
};

function hhmm(iso: string): string {
  return new Date(iso).toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });
}

export function DepartureBoard({ port, refreshSeconds = 60 }: Props) {
  const [rows, setRows] = useState<Departure[]>([]);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const today = new Date().toISOString().slice(0, 10);
    const load = () =>
      api
        .departures(port, today)
        .then((d) => {
          setRows(d);
          setError(null);
        })
        .catch(() => setError('Departure information is temporarily unavailable.'));
    load();
    const timer = window.setInterval(load, refreshSeconds * 1000);
    return () => window.clearInterval(timer);
  }, [port, refreshSeconds]);

  return (
    <table className="departure-board">
      <caption>Departures from {port}</caption>
      <thead>
        <tr>
          <th>Time</th>
          <th>Route</th>
          <th>Vessel</th>
          <th>Berth</th>
          <th>Status</th>
          <th>Remarks</th>
        </tr>
      </thead>
      <tbody>
        {error && (
          <tr>
            <td colSpan={6}>{error}</td>
          </tr>
        )}
        {rows.map((d) => (
          <tr key={d.id} className={`departure-board__row departure-board__row--${d.status}`}>
            <td>{hhmm(d.departs_at)}</td>
            <td>{d.route_code}</td>
            <td>{d.vessel_code}</td>
            <td>{d.berth ?? '—'}</td>
            <td>{STATUS_LABEL[d.status] ?? d.status}</td>
            <td className="departure-board__remarks">{d.remarks}</td>{/* SAFE xss */}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
