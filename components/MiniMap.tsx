// Offline map of the places an article mentions: Natural Earth country outlines (world-atlas,
// bundled) in a simple equirectangular projection around the points. SVG only: no tiles, no network.
// Names in the UI language (countries through Intl.DisplayNames, map-countries.ts); labels placed by
// map-labels.ts so none covers another. Tested in MiniMap.test.tsx.
import { useMemo } from 'preact/hooks';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Position } from 'geojson';
import countries110m from 'world-atlas/countries-110m.json';
import { t, textDir, tn, uiLocale } from '../utils/i18n';
import { hasOwnCountryNames, MAP_COUNTRY_CODES, ownCountryName } from './map-names';
import { toTraditional, traditionalTag } from '../utils/present/zh-hant';
import { measureWidth, placeCentred, placeDotLabels, type Box, type LabelSpot } from './map-labels';

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

/** `code`: ISO alpha-2 (from the feature's numeric id), absent for the few features without one */
type Country = { key: string; code?: string; rings: Position[][]; bbox: [number, number, number, number] };

let countriesCache: Country[] | undefined;
function countries(): Country[] {
  if (countriesCache) return countriesCache;
  const topo = countries110m as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  // world-atlas names are English: only the id (or, without one, the name) is used, to find the code
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
    const key = f.id === undefined ? (f.properties?.name ?? '') : String(f.id);
    return { key, code: MAP_COUNTRY_CODES.get(key), rings, bbox: [x0, y0, x1, y1] };
  });
  return countriesCache;
}

const regionNames = new Map<string, Intl.DisplayNames | null>();
/**
 * A country's name in the UI language (Intl's CLDR names; our CLDR table for the languages the browsers
 * have none in, where Intl would answer in English), or undefined where neither has one.
 */
export function countryName(code: string | undefined, locale = uiLocale()): string | undefined {
  if (!code) return undefined;
  // a zh-Hant reader sees the dataset's Simplified names in Traditional characters (哈薩克斯坦 in the list):
  // the map names the same country the same way, not with Taiwan's own name from Intl (哈薩克)
  if (traditionalTag(locale)) {
    const simplified = countryName(code, 'zh-Hans');
    return simplified && toTraditional(simplified);
  }
  if (hasOwnCountryNames(locale)) return ownCountryName(code, locale);
  if (!regionNames.has(locale)) {
    try {
      regionNames.set(locale, new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' }));
    } catch {
      regionNames.set(locale, null);
    }
  }
  return regionNames.get(locale)?.of(code) ?? undefined;
}

/**
 * SVG text-anchor for a label whose geometric anchor is its left edge ('start'), right edge ('end') or
 * middle: SVG reads start/end in the text's own direction, so a right-to-left name swaps them.
 */
export function anchorFor(geometric: LabelSpot['anchor'], dir: 'ltr' | 'rtl'): LabelSpot['anchor'] {
  if (geometric === 'middle' || dir === 'ltr') return geometric;
  return geometric === 'start' ? 'end' : 'start';
}

/** Font sizes of the map's text, in viewBox units. */
const DOT_FONT = 10;
const COUNTRY_FONT = 9;

/** Central Asia, the default frame; widened to take in every point near enough to it. */
const REGION: [number, number, number, number] = [46, 35, 88, 56];
/** Points outside this box (Washington, Brussels) would shrink the region to a speck: they are named under the map instead. */
export const NEAR: [number, number, number, number] = [25, 10, 125, 65];

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
  const locale = uiLocale();
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
    const fontOf = typeof document === 'undefined' ? undefined : document.body;
    // the selected place is labelled first, so it keeps the best spot
    const dots = points
      .map((p) => ({ ...p, xy: project(p.coords[1], p.coords[0]), r: p.id === selected ? 5 : 3.5 }))
      .sort((a, b) => Number(b.id === selected) - Number(a.id === selected));
    const spots = placeDotLabels(
      dots.map((d) => ({ ...d, width: measureWidth(d.name, DOT_FONT, d.id === selected ? 700 : 400, fontOf) })),
      width,
      height,
      DOT_FONT,
    );
    const taken: Box[] = [
      ...dots.map((d) => ({ x0: d.xy[0] - d.r, y0: d.xy[1] - d.r, x1: d.xy[0] + d.r, y1: d.xy[1] + d.r })),
      ...[...spots.values()].flatMap((sp) => (sp ? [sp.box] : [])),
    ];
    const paths = visible.map((c) => {
      const name = countryName(c.code, locale);
      const [a, b, c2, d] = c.bbox;
      // a country's name only where the country is large on this map and wholly inside it left to right
      const big = (c2 - a) * (d - b) >= 30 && a >= x0 && c2 <= x1;
      const [lx, ly] = project((a + c2) / 2, (b + d) / 2);
      return {
        key: c.key,
        name,
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
        label:
          name && big
            ? placeCentred(lx, ly, measureWidth(name, COUNTRY_FONT, 400, fontOf), COUNTRY_FONT, [width, height], taken)
            : undefined,
      };
    });
    return { paths, dots: dots.map((d) => ({ ...d, spot: spots.get(d.id) })) };
  }, [points, width, height, selected, locale]);

  return (
    <div>
      {/* direction ltr: the map's geometry does not mirror in a right-to-left UI (east stays right) */}
      <svg
        class="minimap"
        viewBox={`0 0 ${width} ${height}`}
        width="100%"
        role="img"
        direction="ltr"
        style={{ direction: 'ltr' }}
        aria-label={tn('map_aria_places', points.length)}
      >
        <rect width={width} height={height} fill="var(--panel)" />
        {drawn.paths.map((p) => (
          <path key={p.key} d={p.d} fill="var(--bg)" stroke="var(--line)" stroke-width="0.8">
            {p.name ? <title>{p.name}</title> : null}
          </path>
        ))}
        {drawn.paths.map((p) =>
          p.label && p.name ? (
            <text
              key={`l-${p.key}`}
              class="country"
              x={p.label.x}
              y={p.label.y}
              font-size={COUNTRY_FONT}
              fill="var(--muted)"
              direction={textDir(p.name)}
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
            <circle cx={d.xy[0]} cy={d.xy[1]} r={d.r} fill="var(--place)" stroke="var(--bg)" stroke-width="1.2" />
            {d.spot ? (
              <text
                x={d.spot.x}
                y={d.spot.y}
                data-side={d.spot.side}
                font-size={DOT_FONT}
                fill="var(--fg)"
                font-weight={d.id === selected ? 700 : 400}
                direction={textDir(d.name)}
                text-anchor={anchorFor(d.spot.anchor, textDir(d.name))}
              >
                {d.name}
              </text>
            ) : null}
          </g>
        ))}
      </svg>
      {far.length ? (
        <p class="small muted">
          {t('map_also_named')}{' '}
          {far.map((p, i) => (
            <span key={p.id}>
              {i ? t('list_separator') : ''}
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
