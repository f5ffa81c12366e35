/**
 * The calendar: week, day, agenda list and the whole program at a glance. FullCalendar is a view of the store: it gets a memoized, range-filtered events
 * array and options and handlers that keep their identity across unrelated renders (selection,
 * save state, banners), so only real program changes make it re-render events (G3, G4 in
 * docs/performance.md).
 * Drops and resizes become commands; a refused one is put back with info.revert(). Selecting,
 * moving several, Alt-drag copies, nudging by keyboard and dropping on the tray are in
 * calendar-gestures.ts; the keys in calendar-keys.ts.
 */
import FullCalendar from '@fullcalendar/react';
import type { AllowFunc, CalendarRef, DateSelectInfo, DatesSetInfo, DropInfo, EventClickInfo, EventDisplayInfo, EventDragStopInfo, EventDropInfo, EventInput, EventReceiveInfo, EventResizeDoneInfo } from '@fullcalendar/react';
import dayGridPlugin from '@fullcalendar/react/daygrid';
import interactionPlugin from '@fullcalendar/react/interaction';
import listPlugin from '@fullcalendar/react/list';
import formaTheme from '@fullcalendar/react/themes/forma';
import timeGridPlugin from '@fullcalendar/react/timegrid';
import '@fullcalendar/react/skeleton.css';
import '@fullcalendar/react/themes/forma/theme.css';
import '@fullcalendar/react/themes/forma/palettes/blue.css';
import { memo, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Program } from '../../../shared/program/schema';
import { useAppState, useAppStore } from '../../state/store-context';
import { scheduleAt } from '../../model/activity-edit';
import { commandForResize, type DroppedEvent, type EditOutcome } from './calendar-edits';
import { dragEndedOnTray, dropEvent } from './calendar-gestures';
import { isMacPlatform, isSelectionToggle } from './calendar-keys';
import { useCalendarKeys } from './use-calendar-keys';
import { CreatePopover, type CreatePopoverHandle } from './CreatePopover';
import { EventContent } from './EventContent';
import { activitiesOfLens } from '../../model/lens';
import { buildIndex, ProjectionCache, VisibleEvents } from './event-index';
import { useCalendarViews } from './calendar-views';
import { DAY_MS, dateMs, dateOfMs, dateStringOf, wallStringOf, weekStartMs } from '../../model/wall-time';
import { defaultCreateSlot } from './create-activity';

const PLUGINS = [timeGridPlugin, dayGridPlugin, listPlugin, interactionPlugin, formaTheme];
const HEADER = { start: 'prev,next newActivity', center: 'title', end: 'timeGridWeek,timeGridDay,listWeek,programOverview' };
const BUTTONS = { timeGridWeek: { text: 'Week' }, timeGridDay: { text: 'Day' }, listWeek: { text: 'List' }, programOverview: { text: 'Program' } };
const TIME_FORMAT = { hour: '2-digit', minute: '2-digit', hour12: false } as const;
const DAY_HEADER_FORMAT = { weekday: 'short', month: 'short', day: 'numeric' } as const;
const TITLE_FORMAT = { year: 'numeric', month: 'short', day: 'numeric' } as const;
const renderEventContent = (info: EventDisplayInfo) => <EventContent info={info} />;
const IS_MAC = isMacPlatform(navigator.platform);
/** Check-in time of a hotel stay dropped on a day of the Hotels row. */
const HOTEL_CHECK_IN = '15:00';

// Timed events stay in the grid and hotel stays in the all-day row: moving between the two would
// turn a meeting into a multi-day block or a stay into a 24-hour one.
const allowDrop: AllowFunc = (span, moving) => !moving || span.allDay === moving.allDay;
// New activities are created in the time grid; hotel stays come from elsewhere.
const allowSelect = (span: { allDay: boolean }) => !span.allDay;

interface Range {
  start: number;
  end: number;
}

// Memoized: save states, banners, selection and history labels change often and never concern the
// calendar's props, so they must not re-render FullCalendar (G4, docs/performance.md).
export const CalendarView = memo(function CalendarView({ program }: { program: Program }) {
  const store = useAppStore();
  const lens = useAppState((s) => s.lens);
  const filters = useAppState((s) => s.filters);
  const homeTime = useAppState((s) => s.homeTime);
  const displayZone = homeTime ? program.homeTimeZone : null;
  const containerRef = useRef<HTMLDivElement>(null);
  const calendarRef = useRef<CalendarRef>(null);
  const createRef = useRef<CreatePopoverHandle>(null);
  const refocus = useRef<string | null>(null);

  const cache = useMemo(() => new ProjectionCache(), []);
  const { activities, groups, participants, staff, venues, cities } = program;
  const index = useMemo(
    () =>
      buildIndex(
        { activities: activitiesOfLens(activities, { groups, participants, staff, venues, cities }, lens, filters), groups, participants, venues, cities },
        cache,
        displayZone,
      ),
    [activities, groups, participants, staff, venues, cities, cache, lens, filters, displayZone],
  );

  const [range, setRange] = useState<Range>(() => {
    const start = weekStartMs(program.startDate);
    return { start, end: start + 7 * DAY_MS };
  });
  const visible = useMemo(() => new VisibleEvents(), []);
  const events = useMemo(() => visible.select(index, range.start, range.end), [visible, index, range]);

  const validRange = useMemo(
    () => ({ start: program.startDate, end: dateOfMs(dateMs(program.endDate) + DAY_MS) }),
    [program.startDate, program.endDate],
  );

  // The whole program at a glance (every week, where each group is each day) and the zone labels
  // over the week's columns; each computed only while its view is shown.
  const [viewType, setViewType] = useState('timeGridWeek');
  const views = useCalendarViews({ program, index, range, viewType, homeTime, lens });

  const onDatesSet = useCallback((info: DatesSetInfo) => {
    const next = { start: info.start.getTime(), end: info.end.getTime() };
    setRange((prev) => (prev.start === next.start && prev.end === next.end ? prev : next));
    setViewType(info.view.type);
  }, []);

  // Handlers read the program and selection from the store when they run, so their identity never
  // changes with them.
  const onEventDidMount = useCallback(
    (info: EventDisplayInfo & { el: HTMLElement }) => {
      info.el.dataset.eventId = info.event.id;
      // The copy that follows the pointer while dragging: tests read where a drop would land from it.
      if (info.isMirror) info.el.dataset.mirror = 'true';
      else if (store.getState().selection.includes(info.event.id)) info.el.dataset.selected = 'true';
      // A nudged event is drawn anew at its new place: keep the keyboard focus on it.
      if (!info.isMirror && info.event.id === refocus.current) {
        refocus.current = null;
        info.el.focus({ preventScroll: true });
      }
    },
    [store],
  );

  // FullCalendar also calls this for Enter and Space on a focused event (the event is focusable
  // because it has a click handler), so keyboard users select the same way.
  const onEventClick = useCallback(
    (info: EventClickInfo) => (isSelectionToggle(info.jsEvent) ? store.toggleSelected(info.event.id) : store.select(info.event.id)),
    [store],
  );

  const applyEdit = useCallback(
    (id: string, toCommand: (activity: Program['activities'][number], displayZone: string | null) => EditOutcome, revert: () => void) => {
      const { program: current, homeTime: home } = store.getState();
      const activity = current?.activities.find((a) => a.id === id);
      if (!current || !activity) return revert();
      // With the home-time toggle on, the drop's wall time is home time: read it there, write the
      // same instant in the activity's own zone.
      const outcome = toCommand(activity, home ? current.homeTimeZone : null);
      if (!outcome.ok) {
        revert();
        store.showError(outcome.message);
        return;
      }
      store.select(id);
      store.edit(outcome.command, revert);
    },
    [store],
  );

  const onEventDrop = useCallback(
    (info: EventDropInfo) => dropEvent(store, { id: info.event.id, placed: placed(info), modifiers: info.jsEvent, revert: info.revert }, IS_MAC),
    [store],
  );
  // A drag released over the Unscheduled tray (outside the calendar: FullCalendar has put it back).
  const onEventDragStop = useCallback(
    (info: EventDragStopInfo) => {
      delete document.documentElement.dataset.draggingEvent;
      dragEndedOnTray(store, info.event.id, info.jsEvent.clientX, info.jsEvent.clientY);
    },
    [store],
  );
  // Lets the tray show it takes drops, without rendering anything in React.
  const onEventDragStart = useCallback(() => {
    document.documentElement.dataset.draggingEvent = 'true';
  }, []);
  const onEventResize = useCallback(
    (info: EventResizeDoneInfo) => applyEdit(info.event.id, (a, zone) => commandForResize(a, placed(info), zone), info.revert),
    [applyEdit],
  );

  const onSelect = useCallback((info: DateSelectInfo) => {
    const root = containerRef.current?.getBoundingClientRect();
    createRef.current?.open({
      start: wallStringOf(info.start),
      end: wallStringOf(info.end),
      x: info.jsEvent?.clientX ?? (root ? root.left + root.width / 2 : 200),
      y: info.jsEvent?.clientY ?? (root ? root.top + 80 : 200),
    });
  }, []);
  // An activity dragged in from the Unscheduled tray: scheduled at the drop's wall time in its zone.
  const onExternalDrop = useCallback(
    (info: DropInfo) => {
      const { program: current, homeTime: home } = store.getState();
      const activity = current?.activities.find((a) => a.id === info.draggedEl.dataset.trayId);
      if (!current || !activity) return;
      // eventAllow keeps hotel stays (dragged as all-day, see UnscheduledTray) in the Hotels row and
      // the rest in the grid. A stay checks in that afternoon and keeps its length, so a
      // 15:00-11:00 stay keeps its check-out time.
      if (info.allDay !== (activity.type === 'hotel-stay')) return;
      const wall = info.allDay ? `${dateStringOf(info.date)}T${HOTEL_CHECK_IN}` : wallStringOf(info.date).slice(0, 16);
      const result = scheduleAt(activity, current, wall, home ? current.homeTimeZone : null);
      if (!result.ok) return store.showError(`Cannot schedule “${activity.title}”: ${result.error}`);
      store.select(activity.id);
      store.edit({ type: 'activity/update', activity: result.activity });
    },
    [store],
  );
  // FullCalendar adds its own copy of a tray drop (create: true, see UnscheduledTray): take it
  // back; the store's command puts the real event on the calendar.
  const onEventReceive = useCallback((info: EventReceiveInfo) => info.revert(), []);
  const onCreateClosed = useCallback(() => calendarRef.current?.getApi().unselect(), []);

  // The create form without a mouse ("N" or the New activity button): 09:00-10:00 on the first
  // day shown, every field editable in the form.
  const openCreate = useCallback(() => {
    const current = store.getState().program;
    const api = calendarRef.current?.getApi();
    const root = containerRef.current?.getBoundingClientRect();
    if (!current || !api) return;
    const slot = defaultCreateSlot(dateStringOf(api.view.activeStart), current);
    createRef.current?.open({ ...slot, x: root ? root.left + root.width / 2 - 130 : 200, y: root ? root.top + 80 : 200 });
  }, [store]);
  const buttons = useMemo(() => ({ ...BUTTONS, newActivity: { text: 'New activity', hint: 'New activity (N)', click: openCreate } }), [openCreate]);
  useCalendarKeys(store, containerRef, openCreate, refocus);

  // Selection is painted by attribute, straight from the store, rather than through the events
  // array or React state, so selecting an event does not re-render the calendar at all. Events
  // mounted later get it in onEventDidMount.
  useEffect(() => {
    let painted: readonly string[] | null = null;
    const paint = () => {
      const selection = store.getState().selection;
      const root = containerRef.current;
      if (selection === painted || !root) return;
      painted = selection;
      for (const el of root.querySelectorAll<HTMLElement>('[data-selected]')) {
        if (!selection.includes(el.dataset.eventId ?? '')) delete el.dataset.selected;
      }
      for (const id of selection) {
        for (const el of root.querySelectorAll<HTMLElement>(`[data-event-id="${CSS.escape(id)}"]:not([data-mirror])`)) el.dataset.selected = 'true';
      }
    };
    paint();
    return store.subscribe(paint);
  }, [store]);

  // The problems panel asks for a date through the store; only a new request moves the calendar, so
  // the planner's own navigation is never undone by an old one.
  useEffect(() => {
    let seen = store.getState().reveal?.seq ?? 0;
    const go = () => {
      const reveal = store.getState().reveal;
      if (!reveal || reveal.seq === seen) return;
      seen = reveal.seq;
      const api = calendarRef.current?.getApi();
      api?.gotoDate(reveal.date);
      // Scroll once the new week has rendered; before that the grid would scroll and then reset.
      const time = reveal.time;
      if (api && time) requestAnimationFrame(() => api.scrollToTime(time));
    };
    return store.subscribe(go);
  }, [store]);

  // Tests and benchmarks wait on this rather than sleeping. FullCalendar renders the events prop in
  // the same commit; the frame lets its measured layout (event positions) settle first.
  useEffect(() => {
    const root = containerRef.current;
    if (!root) return;
    root.dataset.ready = 'false';
    const frame = requestAnimationFrame(() => {
      root.dataset.ready = 'true';
      root.dataset.eventCount = String(events.length);
      performance.mark('calendar-ready', { detail: { events: events.length } });
    });
    return () => cancelAnimationFrame(frame);
  }, [events]);

  return (
    <div className="calendar" ref={containerRef} data-ready="false" data-time-mode={homeTime ? 'home' : 'local'}>
      <FullCalendar
        ref={calendarRef}
        plugins={PLUGINS}
        initialView="timeGridWeek"
        initialDate={program.startDate}
        timeZone="UTC"
        firstDay={1}
        validRange={validRange}
        headerToolbar={HEADER}
        buttons={buttons}
        views={views}
        height="100%"
        // Editable even when the file is read-only: main refuses the edit and the banner says why
        // (and how to get out of it), which explains more than an event that will not move.
        editable
        events={events as EventInput[]}
        eventContent={renderEventContent}
        eventDidMount={onEventDidMount}
        eventClick={onEventClick}
        eventInteractive
        eventDragStart={onEventDragStart}
        eventDragStop={onEventDragStop}
        eventDrop={onEventDrop}
        eventResize={onEventResize}
        eventAllow={allowDrop}
        selectable
        selectMirror
        selectAllow={allowSelect}
        unselectAuto={false}
        select={onSelect}
        droppable
        drop={onExternalDrop}
        eventReceive={onEventReceive}
        datesSet={onDatesSet}
        eventTimeFormat={TIME_FORMAT}
        slotHeaderFormat={TIME_FORMAT}
        dayHeaderFormat={DAY_HEADER_FORMAT}
        titleFormat={TITLE_FORMAT}
        allDayText="Hotels"
        scrollTime="07:00:00"
        snapDuration="00:15:00"
        nowIndicator={false}
      />
      <CreatePopover ref={createRef} onClose={onCreateClosed} />
    </div>
  );
});

function placed(info: { event: { start: Date | null; end: Date | null; allDay: boolean } }): DroppedEvent {
  return { start: info.event.start, end: info.event.end, allDay: info.event.allDay };
}
