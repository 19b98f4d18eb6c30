// Offline map of the places an article mentions: Natural Earth country outlines (world-atlas,
// bundled) in a simple equirectangular projection around the points. SVG only: no tiles, no network.
// Tested in MiniMap.test.tsx.
import { useMemo } from 'preact/hooks';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Position } from 'geojson';
import countries110m from 'world-atlas/countries-110m.json';
import { t } from '../utils/i18n';

export interface MapPoint {
  id: string;
  name: string;
  /** [lat, lon] as in the dataset */
  coords: [number, number];
}

export interface MiniMapProps {
  points: readonly MapPoint[];
  selected?: string;
  onSelect?: (id: string) => void;
  width?: number;
  height?: number;
}

type Country = { name: string; rings: Position[][]; bbox: [number, number, number, number] };

let countriesCache: Country[] | undefined;
function countries(): Country[] {
  if (countriesCache) return countriesCache;
  const topo = countries110m as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const fc = feature(topo, topo.objects.countries);
  countriesCache = fc.features.map((f) => {
    const g = f.geometry;
    const rings = g?.type === 'Polygon' ? g.coordinates : g?.type === 'MultiPolygon' ? g.coordinates.flat() : [];
    let [x0, y0, x1, y1] = [180, 90, -180, -90];
    for (const r of rings)
      for (const [x, y] of r) {
        x0 = Math.min(x0, x);
        y0 = Math.min(y0, y);
        x1 = Math.max(x1, x);
        y1 = Math.max(y1, y);
      }
    return { name: f.properties?.name ?? '', rings, bbox: [x0, y0, x1, y1] };
  });
  return countriesCache;
}

/** Central Asia, the default frame; widened to take in every point near enough to it. */
const REGION: [number, number, number, number] = [46, 35, 88, 56];
/** Points outside this box (Washington, Brussels) would shrink the region to a speck: they are named under the map instead. */
const NEAR: [number, number, number, number] = [25, 10, 125, 65];

export const isNear = (p: MapPoint) =>
  p.coords[1] >= NEAR[0] && p.coords[1] <= NEAR[2] && p.coords[0] >= NEAR[1] && p.coords[0] <= NEAR[3];

export function frameFor(points: readonly MapPoint[]): [number, number, number, number] {
  let [x0, y0, x1, y1] = REGION;
  for (const p of points) {
    const [lat, lon] = p.coords;
    x0 = Math.min(x0, lon - 3);
    x1 = Math.max(x1, lon + 3);
    y0 = Math.min(y0, lat - 2);
    y1 = Math.max(y1, lat + 2);
  }
  return [Math.max(-180, x0), Math.max(-85, y0), Math.min(180, x1), Math.min(85, y1)];
}

export function MiniMap({ points: all, selected, onSelect, width = 320, height = 200 }: MiniMapProps) {
  const points = useMemo(() => all.filter(isNear), [all]);
  const far = all.filter((p) => !isNear(p));
  const drawn = useMemo(() => {
    const [x0, y0, x1, y1] = frameFor(points);
    const k = Math.cos((((y0 + y1) / 2) * Math.PI) / 180);
    const sx = width / ((x1 - x0) * k);
    const sy = height / (y1 - y0);
    const s = Math.min(sx, sy);
    const ox = (width - (x1 - x0) * k * s) / 2;
    const oy = (height - (y1 - y0) * s) / 2;
    const project = (lon: number, lat: number): [number, number] => [ox + (lon - x0) * k * s, oy + (y1 - lat) * s];
    const visible = countries().filter((c) => c.bbox[2] >= x0 && c.bbox[0] <= x1 && c.bbox[3] >= y0 && c.bbox[1] <= y1);
    const paths = visible.map((c) => ({
      name: c.name,
      d: c.rings
        .map(
          (r) =>
            r
              .map(
                ([lon, lat], i) =>
                  `${i ? 'L' : 'M'}${project(lon, lat)
                    .map((n) => n.toFixed(1))
                    .join(' ')}`,
              )
              .join('') + 'Z',
        )
        .join(''),
      label: (() => {
        const [a, b, c2, d] = c.bbox;
        const areaDeg = (c2 - a) * (d - b);
        if (areaDeg < 30 || a < x0 || c2 > x1) return undefined;
        return project((a + c2) / 2, (b + d) / 2);
      })(),
    }));
    const dots = points.map((p) => ({ ...p, xy: project(p.coords[1], p.coords[0]) }));
    return { paths, dots };
  }, [points, width, height]);

  return (
    <div>
      <svg
        class="minimap"
        viewBox={`0 0 ${width} ${height}`}
        width="100%"
        role="img"
        aria-label={`Map of ${points.length} place${points.length === 1 ? '' : 's'} in this article`}
      >
        <rect width={width} height={height} fill="var(--panel)" />
        {drawn.paths.map((p) => (
          <path key={p.name} d={p.d} fill="var(--bg)" stroke="var(--line)" stroke-width="0.8">
            <title>{p.name}</title>
          </path>
        ))}
        {drawn.paths.map((p) =>
          p.label ? (
            <text
              key={`l-${p.name}`}
              x={p.label[0]}
              y={p.label[1]}
              font-size="9"
              fill="var(--muted)"
              text-anchor="middle"
            >
              {p.name}
            </text>
          ) : null,
        )}
        {drawn.dots.map((d) => (
          <g
            key={d.id}
            class="dot"
            role="button"
            tabIndex={0}
            aria-label={d.name}
            onClick={() => onSelect?.(d.id)}
            onKeyDown={(e) => {
              if (e.key === 'Enter' || e.key === ' ') {
                e.preventDefault();
                onSelect?.(d.id);
              }
            }}
            style={{ cursor: onSelect ? 'pointer' : 'default' }}
          >
            <circle
              cx={d.xy[0]}
              cy={d.xy[1]}
              r={d.id === selected ? 5 : 3.5}
              fill="var(--place)"
              stroke="var(--bg)"
              stroke-width="1.2"
            />
            <text
              x={d.xy[0] + 6}
              y={d.xy[1] + 3}
              font-size="10"
              fill="var(--fg)"
              font-weight={d.id === selected ? 700 : 400}
            >
              {d.name}
            </text>
          </g>
        ))}
      </svg>
      {far.length ? (
        <p class="small muted">
          {t('map_also_named')}{' '}
          {far.map((p, i) => (
            <span key={p.id}>
              {i ? ', ' : ''}
              <button type="button" class="link-button" onClick={() => onSelect?.(p.id)}>
                <bdi>{p.name}</bdi>
              </button>
            </span>
          ))}
        </p>
      ) : null}
    </div>
  );
}
